"""The People screen on a real store: the table fetches in pages, a typed Azerbaijani name narrows
it, headings sort it in SQL, the editor saves (Enter) or cancels (Esc) with refusals shown inline,
deleting asks first, a person's events are listed, and people without consent are flagged with their
contacts withheld. The Qt models pass the model tester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from fieldkit.services import attendance, events, participants
from fieldkit.services.locations import list_locations
from fieldkit.services.participants import create_participants, get_participant
from fieldkit.store.errors import NotFound
from fieldkit.ui.context import PEOPLE, AppContext
from fieldkit.ui.pages.people_page import PeoplePage
from fieldkit.ui.participants_model import (
    COL_CONSENT,
    COL_EVENTS,
    COL_NAME,
    COL_PHONE,
    COL_REGION,
    NO_CONSENT_COLOUR,
    AttendedEventsModel,
    ParticipantsModel,
    attended_events_proxy,
)


@pytest.fixture
def page(qtbot, context: AppContext) -> PeoplePage:
    widget = PeoplePage(context)
    qtbot.addWidget(widget)
    widget.resize(1166, 700)
    widget.show()
    widget.refresh()
    return widget


def _store(page: PeoplePage):
    return page.context.require_store()


def _add(page: PeoplePage, *names: str, **fields: object) -> list[str]:
    spec = {"sex": "female", "consent": True, **fields}
    create_participants(_store(page), [{"name": n, **spec} for n in names])
    page.refresh()
    return [page.model.row_at(_row(page, n)).id for n in names]


def _names(page: PeoplePage) -> list[str]:
    return [page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount())]


def _row(page: PeoplePage, name: str) -> int:
    return _names(page).index(name)


def _select(page: PeoplePage, name: str) -> None:
    page.table.setCurrentIndex(page.model.index(_row(page, name), COL_NAME))


def _many(page: PeoplePage, count: int) -> None:
    """Thousands of people in one transaction, through the service (about 0.1 ms each)."""
    first = ["Aysel", "Leyla", "Günay", "Nigar", "Səbinə", "İlham", "Rəşad", "Orxan"]
    last = ["Əliyeva", "Məmmədova", "Həsənova", "Quliyeva", "İsmayılova", "Hüseynova"]
    create_participants(
        _store(page),
        ({"name": f"{first[n % 8]} {last[n % 6]} {n}", "sex": "female", "consent": True} for n in range(count)),
    )


def test_the_table_fetches_people_in_pages_as_it_scrolls(page: PeoplePage):
    _many(page, 3000)
    page.refresh()
    model = page.model

    assert model.rowCount() == 100  # a first page of a few screens
    assert model.canFetchMore(QModelIndex())
    assert "100+ people" in page.count_label.text()
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 600  # then pages of 500
    page.table.scrollToBottom()  # the view asks for the next page when it reaches the end
    QTest.qWait(0)
    assert model.rowCount() == 1100
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 3000
    assert len(set(_names(page))) == 3000
    assert page.count_label.text() == "3,000 person(s)"  # grouped as the English locale does
    ids = [model.row_at(r).id for r in range(3000)]
    assert ids == sorted(ids, reverse=True)  # the newest first (ids are UUIDv7: time-ordered)


def test_a_typed_azerbaijani_name_narrows_the_rows_after_a_pause(page: PeoplePage, qtbot):
    _add(page, "İlham Əliyev", "Ilqar Əliyev", "Leyla Məmmədova", "Aysel Əliyeva")
    assert len(_names(page)) == 4

    page.filter_bar.search_edit.setText("ƏLİYEV")
    assert len(_names(page)) == 4  # not yet: the filter waits for typing to pause
    qtbot.waitUntil(lambda: len(_names(page)) == 3, timeout=2000)
    assert sorted(_names(page)) == ["Aysel Əliyeva", "Ilqar Əliyev", "İlham Əliyev"]

    page.filter_bar.search_edit.setText("İlham")  # İ is not I in Azerbaijani
    page.apply_filter()
    assert _names(page) == ["İlham Əliyev"]
    page.filter_bar.search_edit.setText("aliyeva")  # typed on an English keyboard: loose
    page.apply_filter()
    assert _names(page) == ["Aysel Əliyeva"]
    page.filter_bar.search_edit.setText("Zaur")
    page.apply_filter()
    assert _names(page) == [] and page.count_label.text() == "0 person(s)"
    QTest.keyClick(page.filter_bar.search_edit, Qt.Key.Key_Escape)  # Esc in the filter clears it
    assert len(_names(page)) == 4


def test_in_the_app_a_filter_is_read_in_the_background_and_only_the_last_one_counts(qtbot, context):
    context.runner.synchronous = False  # as in the app: a new query's first page is read off the GUI thread
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()
    _add(page, "İlham Əliyev", "Leyla Məmmədova", "Aysel Əliyeva", "Nigar Quliyeva")
    assert page.model.background and len(_names(page)) == 4

    page.filter_bar.search_edit.setText("Məmməd")
    page.apply_filter()
    page.filter_bar.search_edit.setText("Əliyev")  # typed on before the first answer came back
    page.apply_filter()
    assert page.count_label.text() == "Searching…"
    assert page.model.busy and len(_names(page)) == 4  # the old rows stay until the new ones arrive
    qtbot.waitUntil(lambda: not page.model.busy and page.model.query.text == "Əliyev", timeout=5000)
    assert sorted(_names(page)) == ["Aysel Əliyeva", "İlham Əliyev"]
    assert page.count_label.text() == "2 person(s)"

    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)  # sorting is a query too
    qtbot.waitUntil(lambda: not page.model.busy and page.model.query.sort == "name", timeout=5000)
    assert _names(page) == ["İlham Əliyev", "Aysel Əliyeva"]
    page.model._runner.wait()


def test_region_sex_and_age_band_filters(page: PeoplePage, qtbot):
    region = next(p for p in list_locations(_store(page)) if p.kind == "economic-region" and p.name_en == "Karabakh")
    district = next(p for p in list_locations(_store(page)) if p.parent_id == region.id)
    _add(page, "Woman in Karabakh", region=district.id, age_band="25-34")
    _add(page, "Man in Karabakh", sex="male", region=region.id, age_band="50+")
    _add(page, "Woman elsewhere", age_band="25-34")
    assert page.filter_bar.region_combo.count() == 1  # "All regions": the places are read on first use
    page.filter_bar.region_combo.setFocus()
    qtbot.waitUntil(lambda: page.filter_bar.region_combo.count() > 100)

    page.filter_bar.region_combo.setCurrentIndex(page.filter_bar.region_combo.findData(region.id))
    assert sorted(_names(page)) == ["Man in Karabakh", "Woman in Karabakh"]
    page.filter_bar.sex_combo.setCurrentIndex(page.filter_bar.sex_combo.findData("female"))
    assert _names(page) == ["Woman in Karabakh"]
    page.filter_bar.region_combo.setCurrentIndex(0)
    page.filter_bar.age_combo.setCurrentIndex(page.filter_bar.age_combo.findData("25-34"))
    assert sorted(_names(page)) == ["Woman elsewhere", "Woman in Karabakh"]
    assert page.filter_bar.age_combo.findData("0-17") == -1  # minors are never listed by name
    page.clear_filters()
    assert len(_names(page)) == 3


def test_headings_sort_by_the_azerbaijani_alphabet_and_a_third_click_returns_to_newest_first(page: PeoplePage):
    _add(page, "Zaur", "Cavid", "Əli", "İlham", "Çingiz", "Ilqar", "Eldar", "Şamil", "Sevda")
    newest_first = _names(page)
    assert page.table.horizontalHeader().sortIndicatorSection() == -1

    page.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert _names(page) == ["Cavid", "Çingiz", "Eldar", "Əli", "Ilqar", "İlham", "Sevda", "Şamil", "Zaur"]
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _names(page)[:3] == ["Zaur", "Şamil", "Sevda"]
    page.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert _names(page) == newest_first


def test_sorting_by_events_attended_counts_live_events(page: PeoplePage):
    store = _store(page)
    _add(page, "Once", "Twice", "Never")
    ids = {n: page.model.row_at(_row(page, n)).id for n in ("Once", "Twice")}
    first = events.create_event(store, title="Dəyirmi masa", kind="round-table", start_date="2025-04-01")
    second = events.create_event(store, title="Təlim", kind="training", start_date="2025-05-01")
    attendance.check_in(store, first.id, ids["Once"])
    attendance.check_in(store, first.id, ids["Twice"])
    attendance.check_in(store, second.id, ids["Twice"])
    page.refresh()

    page.table.sortByColumn(COL_EVENTS, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["Twice", "Once", "Never"]
    assert [page.model.index(r, COL_EVENTS).data() for r in range(3)] == [2, 1, 0]


def test_enter_opens_the_editor_and_enter_saves_to_the_store(page: PeoplePage, qtbot):
    (person_id,) = _add(page, "Günay Həsənova", phone="+994501112233")
    _select(page, "Günay Həsənova")
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    assert editor.phone_edit.text() == "+994501112233"

    editor.name_edit.setText("Günay Həsənova-Quliyeva")
    editor.sex_combo.setCurrentIndex(editor.sex_combo.findData("undisclosed"))
    editor.position_edit.setText("müəllim")
    QTest.keyClick(editor.name_edit, Qt.Key.Key_Return)

    assert not editor.isVisible()
    saved = get_participant(_store(page), person_id)
    assert (saved.name, saved.sex, saved.position) == ("Günay Həsənova-Quliyeva", "undisclosed", "müəllim")
    assert _names(page) == ["Günay Həsənova-Quliyeva"]
    assert page.detail.name_label.text() == "Günay Həsənova-Quliyeva"
    assert "müəllim" in page.detail.info_label.text()


def test_a_refusal_is_shown_in_the_editor_and_esc_cancels_without_saving(page: PeoplePage):
    (person_id,) = _add(page, "Orxan Babayev", sex="male")
    _select(page, "Orxan Babayev")
    page.edit_person()
    editor = page.editor
    assert editor is not None
    editor.name_edit.setText("Orxan Babayev Jr")
    editor.phone_edit.setText("call me maybe")
    QTest.keyClick(editor.phone_edit, Qt.Key.Key_Return)

    assert editor.isVisible()
    assert "is not a phone number" in editor.error_label.text()
    assert editor.phone_edit.hasFocus() or not editor.isActiveWindow()
    assert editor.name_edit.text() == "Orxan Babayev Jr"  # nothing typed is lost
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert get_participant(_store(page), person_id).name == "Orxan Babayev"


def test_double_click_opens_the_editor(page: PeoplePage, qtbot):
    _add(page, "Nigar Quliyeva")
    rect = page.table.visualRect(page.model.index(0, COL_NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor is not None and page.editor.name_edit.text() == "Nigar Quliyeva"
    page.editor.reject()


def test_withdrawing_consent_in_the_editor_drops_the_contacts(page: PeoplePage):
    (person_id,) = _add(page, "Rəşad Quliyev", sex="male", phone="+994501112233", email="r@example.org")
    _select(page, "Rəşad Quliyev")
    page.edit_person()
    editor = page.editor
    assert editor is not None
    editor.consent_box.setChecked(False)
    assert not editor.phone_edit.isEnabled() and editor.consent_note.isVisible()
    editor.accept()

    saved = get_participant(_store(page), person_id)
    assert (saved.consent_date, saved.phone, saved.email) == (None, None, None)


def test_delete_asks_first_and_removes_the_person_from_the_store(page: PeoplePage, qtbot, monkeypatch):
    ids = _add(page, "Leyla Cəfərova", "Səbinə Hüseynova")
    _select(page, "Leyla Cəfərova")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.delete_person()
    assert "Leyla Cəfərova" in asked[0]
    assert get_participant(_store(page), ids[0]).name == "Leyla Cəfərova"  # said no: still there

    page.table.setFocus()
    with qtbot.waitSignal(page.context.data_changed) as announced:
        QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert announced.args == [PEOPLE]
    with pytest.raises(NotFound):
        get_participant(_store(page), ids[0])
    assert _names(page) == ["Səbinə Hüseynova"]
    assert page.current is not None and page.current.id == ids[1]


def test_the_detail_lists_the_events_a_person_attended(page: PeoplePage):
    store = _store(page)
    (person_id,) = _add(page, "Aysel Məmmədova")
    border = events.create_event(
        store, title="Sərhəddə maarifləndirmə", kind="awareness-session", start_date="2025-03-02",
        location="Qırmızı Körpü",
    )  # fmt: skip
    school = events.create_event(store, title="Məktəbdə dəyirmi masa", kind="round-table", start_date="2025-09-15")
    attendance.check_in(store, border.id, person_id, "speaker")
    attendance.check_in(store, school.id, person_id)
    page.refresh()
    _select(page, "Aysel Məmmədova")

    proxy = page.detail.events_proxy
    shown = [tuple(proxy.index(r, c).data() for c in range(4)) for r in range(proxy.rowCount())]
    assert shown == [
        ("Məktəbdə dəyirmi masa", "15 Sep 2025", "", "Participant"),
        ("Sərhəddə maarifləndirmə", "2 Mar 2025", "Red Bridge", "Speaker"),
    ]
    assert "2" in page.detail.events_label.text()
    assert page.model.index(_row(page, "Aysel Məmmədova"), COL_EVENTS).data() == 2


def test_a_person_without_consent_is_flagged_and_their_phone_withheld(page: PeoplePage):
    participants.create_participant(_store(page), name="Tural Babayev", sex="male", phone="+994501234567")
    _add(page, "Elçin Hüseynov", sex="male", phone="+994507654321")
    flagged = page.model.index(_row(page, "Tural Babayev"), COL_NAME)
    assert flagged.data(Qt.ItemDataRole.ForegroundRole).color() == NO_CONSENT_COLOUR
    assert "No consent" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert flagged.siblingAtColumn(COL_PHONE).data() == "withheld"
    assert flagged.siblingAtColumn(COL_CONSENT).data() == "No consent"
    consented = page.model.index(_row(page, "Elçin Hüseynov"), COL_NAME)
    assert consented.data(Qt.ItemDataRole.ForegroundRole) is None
    assert consented.siblingAtColumn(COL_PHONE).data() == "+994507654321"

    _select(page, "Tural Babayev")
    assert "No consent recorded" in page.detail.consent_label.text()
    assert "+994501234567" not in page.detail.info_label.text()
    page.edit_person()
    assert page.editor is not None and page.editor.phone_edit.text() == ""  # withheld in the editor too
    page.editor.reject()


def test_a_new_person_is_saved_selected_and_announced(page: PeoplePage, qtbot):
    page.filter_bar.search_edit.setText("nobody like this")
    page.apply_filter()
    QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor is not None and editor.windowTitle() == "New person"
    editor.name_edit.setText("Şəbnəm İsmayılova")
    with qtbot.waitSignal(page.context.data_changed):
        QTest.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert page.filter_bar.search_edit.text() == ""  # the filter would have hidden her
    assert page.current is not None and page.current.name == "Şəbnəm İsmayılova"
    assert page.current.consent_date == dt.date.today()


def test_the_models_pass_the_model_tester(qtmodeltester, page: PeoplePage):
    _many(page, 1200)
    participants.create_participant(_store(page), name="No Consent", sex="male")
    model = ParticipantsModel(_store(page), "en", page_size=100)
    model.set_query(page.model.query)
    qtmodeltester.check(model)
    assert model.rowCount() >= 200  # the tester fetched more pages

    page.refresh()
    qtmodeltester.check(page.model)

    events_model = AttendedEventsModel()
    events_model.set_events(
        participants.events_attended(_store(page), page.model.row_at(0).id)
        or [participants.AttendedEvent("e1", "Dəyirmi masa", dt.date(2025, 1, 2), "Bakı", "speaker")]
    )
    qtmodeltester.check(events_model)
    qtmodeltester.check(attended_events_proxy(events_model))


def test_switching_the_language_relabels_the_table(page: PeoplePage):
    baku = next(p for p in list_locations(_store(page)) if p.kind == "economic-region" and p.name_en == "Baku")
    _add(page, "Aysel Quliyeva", region=baku.id)
    page.filter_bar.load_regions()
    assert page.model.index(0, COL_REGION).data() == "Baku"
    assert page.filter_bar.region_combo.findText("Baku") > 0

    page.context.settings.language = "az"
    page.retranslate()  # what a LanguageChange event does
    assert page.model.index(0, COL_REGION).data() == "Bakı"
    assert page.filter_bar.region_combo.findText("Bakı") > 0


def test_withdraw_consent_asks_first_then_clears_the_name_and_contacts(page: PeoplePage, qtbot, monkeypatch):
    from fieldkit.services.audit import list_entries

    (person_id,) = _add(page, "Nigar Həsənova", phone="+994501234567", email="n@example.org")
    _select(page, "Nigar Həsənova")
    assert page.detail.withdraw_button.isEnabled()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.withdraw_consent()
    assert "Nigar Həsənova" in asked[0] and "every device" in asked[0]
    assert get_participant(_store(page), person_id).phone == "+994501234567"  # said no: unchanged

    with qtbot.waitSignal(page.context.data_changed) as announced:
        page.detail.withdraw_button.click()
    assert announced.args == [PEOPLE]
    cleared = get_participant(_store(page), person_id)
    assert "Nigar" not in cleared.name
    assert (cleared.phone, cleared.email, cleared.consent_date) == (None, None, None)
    assert "Nigar Həsənova" not in _names(page)
    assert page.current is not None and page.current.id == person_id
    assert not page.detail.withdraw_button.isEnabled()  # nothing left to withdraw
    [entry] = list_entries(_store(page), actions=["consent_withdrawn"])
    assert entry.details["participant_id"] == person_id
