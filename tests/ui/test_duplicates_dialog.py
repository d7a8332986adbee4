"""The duplicate-people review on a real coordinator's store: groups with their scores and reasons,
the records side by side, a choice of the record to keep, Merge after a confirmation (Enter), Skip,
Esc to close; an officer can look but not merge; contacts without consent stay withheld. The Qt
models pass the model tester."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from fieldkit.config import Paths, Settings
from fieldkit.services import attendance, events, participants
from fieldkit.services.participants import ParticipantQuery, list_participants_page
from fieldkit.store.engine import Store
from fieldkit.store.open import initialise_device, open_store
from fieldkit.ui.context import PEOPLE, AppContext
from fieldkit.ui.duplicates_dialog import DuplicatesDialog
from fieldkit.ui.duplicates_models import ComparisonModel, GroupsModel

KEEP, MERGE, NAME, PHONE, EVENTS = (ComparisonModel.ROW_KEEP, ComparisonModel.ROW_MERGE, ComparisonModel.ROW_NAME,
                                    ComparisonModel.ROW_PHONE, ComparisonModel.ROW_EVENTS)  # fmt: skip


@pytest.fixture
def coordinator(qapp: object, paths: Paths, store_templates: dict[str, Path]) -> Iterator[AppContext]:
    """The national office: a coordinator's store with the shipped reference data, English, tasks in place."""
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(store_templates["reference"], paths.store)
    store = open_store(paths)
    initialise_device(store, "Baku-HQ", "coordinator")
    context = AppContext(Settings(language="en"), paths, store)
    context.runner.synchronous = True
    yield context
    context.runner.wait()
    store.close()


def _person(context: AppContext, name: str, **fields: object) -> str:
    spec: dict[str, object] = {"sex": "female", "consent": True, "agency": "BMqT", **fields}
    return participants.create_participant(context.require_store(), name=name, **spec).id  # type: ignore[arg-type]


def _open(qtbot, context: AppContext) -> DuplicatesDialog:
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.search_result is not None, timeout=5000)
    return dialog


def _cell(dialog: DuplicatesDialog, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return dialog.comparison.index(row, column).data(role)


def _listed(store: Store) -> set[str]:
    return {r.name for r in list_participants_page(store, ParticipantQuery()).rows}


@pytest.fixture
def gunay(coordinator: AppContext) -> dict[str, str]:
    """Günay registered three times (Latin, an English keyboard, Cyrillic), and Rəşad twice (his pair
    shares a position too, so it scores higher and is listed first)."""
    store = coordinator.require_store()
    ids = {
        "Günay Həsənova": _person(coordinator, "Günay Həsənova", phone="+994 50 123 45 67"),
        "Gunay Hasanova": _person(coordinator, "Gunay Hasanova", position="Sosial işçi"),
        "Гюнай Гасанова": _person(coordinator, "Гюнай Гасанова", phone="050 123 45 67", consent=False),
        "Rəşad Quliyev": _person(coordinator, "Rəşad Quliyev", sex="male", phone="+994551112233", position="Polis"),
        "Rashad Guliyev": _person(coordinator, "Rashad Guliyev", sex="male", phone="055 111 22 33", position="polis"),
    }
    event = events.create_event(store, title="Təlim", kind="training", start_date="2026-05-14")
    attendance.check_in(store, event.id, ids["Gunay Hasanova"])
    return ids


def test_the_review_lists_groups_best_first_and_shows_the_records_side_by_side(qtbot, coordinator, gunay):
    dialog = _open(qtbot, coordinator)

    groups = dialog.groups
    assert groups.rowCount() == 2
    assert [groups.index(r, GroupsModel.COL_COUNT).data() for r in range(2)] == [2, 3]
    assert groups.index(0, GroupsModel.COL_SCORE).data() > groups.index(1, GroupsModel.COL_SCORE).data()
    assert "same phone" in groups.index(0, GroupsModel.COL_REASONS).data()
    assert "2 group(s) of possible duplicates" in dialog.status_label.text()

    dialog.groups_view.setCurrentIndex(groups.index(1, 0))  # Günay's three records
    model = dialog.comparison
    assert model.columnCount() == 3
    assert [_cell(dialog, NAME, c) for c in range(3)] == ["Gunay Hasanova", "Günay Həsənova", "Гюнай Гасанова"]
    assert _cell(dialog, KEEP, 0, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked  # the one with an event
    assert [_cell(dialog, EVENTS, c) for c in range(3)] == [1, 0, 0]
    assert _cell(dialog, PHONE, 2) == "withheld"  # no consent: the phone is not shown, even here
    assert _cell(dialog, PHONE, 1, Qt.ItemDataRole.ToolTipRole) == "Copied to the kept record, which has none"
    assert "name transliterated" in dialog.reasons_label.text()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Record 1"
    assert model.headerData(EVENTS, Qt.Orientation.Vertical) == "Events attended"


def test_enter_merges_after_a_confirmation_and_the_people_list_counts_the_person_once(
    qtbot, coordinator, gunay, monkeypatch
):
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    dialog = _open(qtbot, coordinator)
    dialog.groups_view.setCurrentIndex(dialog.groups.index(1, 0))
    dialog.groups_view.setFocus()

    with qtbot.waitSignal(coordinator.data_changed) as announced:
        QTest.keyClick(dialog.groups_view, Qt.Key.Key_Return)

    assert announced.args == [PEOPLE]
    assert "Merge 2 record(s) into the record of Gunay Hasanova (registered on Baku-HQ)?" in asked[0]
    store = coordinator.require_store()
    kept = participants.get_participant(store, gunay["Gunay Hasanova"])
    assert kept.phone == "+994501234567"  # filled from the record that had one (with consent)
    assert participants.get_participant(store, gunay["Гюнай Гасанова"]).merged_into == kept.id
    assert _listed(store) == {"Gunay Hasanova", "Rəşad Quliyev", "Rashad Guliyev"}
    assert dialog.groups.rowCount() == 1 and dialog.merged == 1
    assert dialog.comparison.columnCount() == 2  # the next group is shown


def test_answering_no_merges_nothing(qtbot, coordinator, gunay, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    dialog = _open(qtbot, coordinator)

    dialog.merge_button.click()

    assert dialog.groups.rowCount() == 2 and dialog.merged == 0
    assert len(_listed(coordinator.require_store())) == 5


def test_another_record_can_be_kept_and_one_left_out_from_the_keyboard(qtbot, coordinator, gunay, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog = _open(qtbot, coordinator)
    dialog.groups_view.setCurrentIndex(dialog.groups.index(1, 0))
    view = dialog.comparison_view
    view.setFocus()

    view.setCurrentIndex(dialog.comparison.index(KEEP, 1))  # keep Günay Həsənova instead
    QTest.keyClick(view, Qt.Key.Key_Space)
    view.setCurrentIndex(dialog.comparison.index(MERGE, 2))  # and leave the Cyrillic record out
    QTest.keyClick(view, Qt.Key.Key_Space)

    assert dialog.comparison.chosen() == (gunay["Günay Həsənova"], [gunay["Gunay Hasanova"]])
    assert _cell(dialog, MERGE, 1) == "kept"
    dialog.merge_button.click()
    store = coordinator.require_store()
    assert participants.get_participant(store, gunay["Gunay Hasanova"]).merged_into == gunay["Günay Həsənova"]
    assert participants.get_participant(store, gunay["Гюнай Гасанова"]).merged_into is None


def test_skip_moves_on_and_greys_the_group_and_esc_closes(qtbot, coordinator, gunay):
    dialog = _open(qtbot, coordinator)
    first = dialog.current_group()

    dialog.skip_button.click()

    assert dialog.current_group() is not first and dialog.groups_view.currentIndex().row() == 1
    assert dialog.groups.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert len(_listed(coordinator.require_store())) == 5  # skipping changes nothing
    QTest.keyClick(dialog.groups_view, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_an_officer_can_look_but_not_merge(qtbot, context: AppContext):
    for name in ("Nigar Şükürova", "Нигяр Шукюрова"):
        _person(context, name, region="AZ-QAZ")

    dialog = _open(qtbot, context)

    assert dialog.groups.rowCount() == 1
    assert not dialog.merge_button.isEnabled() and dialog.skip_button.isEnabled()
    assert dialog.role_note.isVisible() and "Only a coordinator merges people" in dialog.role_note.text()


def test_with_no_duplicates_the_review_says_so(qtbot, coordinator):
    _person(coordinator, "Aysel Abbasova")
    _person(coordinator, "Aysel Babayeva")

    dialog = _open(qtbot, coordinator)

    assert dialog.groups.rowCount() == 0 and dialog.comparison.columnCount() == 0
    assert dialog.reasons_label.text() == "No possible duplicates left."
    assert not dialog.merge_button.isEnabled() and not dialog.skip_button.isEnabled()


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, coordinator, gunay):
    dialog = _open(qtbot, coordinator)
    qtmodeltester.check(dialog.groups)
    dialog.groups_view.setCurrentIndex(dialog.groups.index(1, 0))
    qtmodeltester.check(dialog.comparison)
    qtmodeltester.check(ComparisonModel())
    qtmodeltester.check(GroupsModel())
