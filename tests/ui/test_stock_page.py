"""The Materials & stock screen: receipts, handouts, transfers and adjustments recorded through the real
dialogs into a real store; the refusal below zero and the reason that forces it; voiding from the ledger;
the catalogue and the coordinator's entries an officer cannot edit; and tally mode, by mouse and by key."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from fieldkit.config import load_settings
from fieldkit.services import materials, stock
from fieldkit.services.locations import resolve_location
from fieldkit.store.models import Material
from fieldkit.ui.material_dialog import MaterialDialog
from fieldkit.ui.pages.stock_page import StockPage
from fieldkit.ui.pages.stock_tables import select_material_row
from fieldkit.ui.stock_dialogs import HandoutDialog, ReceiptDialog, TransferDialog
from fieldkit.ui.stock_models import (
    BalancesModel,
    LedgerModel,
    LowStockRole,
    MaterialCodeRole,
    MaterialsModel,
)

HOME = "Qırmızı Körpü"


@pytest.fixture
def store(context):
    return context.require_store()


@pytest.fixture
def home(store):
    return resolve_location(store, HOME).id


@pytest.fixture
def page(qtbot, context, store, home):
    materials.create_material(
        store, code="LF-1", kind="leaflet", title_az="Pasportun səndədir", title_en="Your passport"
    )
    materials.create_material(
        store, code="BR-2", kind="brochure", title_az="Xaricə gedirsən?", title_en="Going abroad?"
    )
    context.settings.home_location_id = home
    widget = StockPage(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def balance_shown(page: StockPage, code: str) -> str:
    model = page.balances_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(MaterialCodeRole) == code:
            return model.index(row, BalancesModel.COL_ON_HAND).data()
    raise AssertionError(f"{code} is not in the balances table")


def select_material(page: StockPage, code: str) -> None:
    select_material_row(page.balances_view, page.balances_proxy, code)
    assert page.selected_material_code() == code


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def press_enter(dialog: QDialog, widget=None) -> None:
    QTest.keyClick(widget or dialog, Qt.Key.Key_Return)


def test_a_receipt_then_a_handout_through_the_dialogs_show_in_the_balances(page, store, home):
    page.receipt_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReceiptDialog) and dialog.isVisible()
    assert dialog.location_picker.location_id() == home  # the page's location is the default
    choose(dialog.material_combo, "LF-1")
    dialog.quantity_spin.setValue(120)
    dialog.note_edit.setText("delivery from Baku")
    press_enter(dialog, dialog.quantity_spin)  # Enter saves

    assert not dialog.isVisible() and page.dialog is None
    assert stock.on_hand(store, "LF-1", home) == 120
    assert balance_shown(page, "LF-1") == "120"
    assert "Receipt of 120 LF-1" in page.message.text()

    select_material(page, "LF-1")
    page.handout_button.click()
    dialog = page.dialog
    assert isinstance(dialog, HandoutDialog)
    assert dialog.material_code() == "LF-1"  # the selected material is the default
    dialog.quantity_spin.setValue(75)
    press_enter(dialog, dialog.note_edit)

    assert stock.on_hand(store, "LF-1", home) == 45
    assert balance_shown(page, "LF-1") == "45"
    ledger = page.ledger_model
    assert [ledger.index(r, LedgerModel.COL_QUANTITY).data() for r in range(ledger.rowCount())] == ["-75", "+120"]
    assert ledger.index(1, LedgerModel.COL_NOTE).data() == "delivery from Baku"


def test_low_stock_is_marked_below_the_threshold(page, store, home, context):
    stock.record_movement(store, "receipt", "LF-1", 49, home)
    stock.record_movement(store, "receipt", "BR-2", 50, home)
    context.settings.low_stock_threshold = 50
    page.refresh()

    model = page.balances_model
    low = {model.index(r, 0).data(MaterialCodeRole): model.index(r, 0).data(LowStockRole) for r in range(2)}
    assert low == {"LF-1": True, "BR-2": False}
    row = next(r for r in range(2) if model.index(r, 0).data(MaterialCodeRole) == "LF-1")
    assert model.index(row, BalancesModel.COL_STATUS).data() == "Low stock"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_titles_follow_the_ui_language(page, context):
    row = next(r for r in range(2) if page.balances_model.index(r, 0).data(MaterialCodeRole) == "LF-1")
    assert page.balances_model.index(row, BalancesModel.COL_TITLE).data() == "Your passport"

    context.settings.language = "az"
    page.retranslate()

    assert page.balances_model.index(row, BalancesModel.COL_TITLE).data() == "Pasportun səndədir"


def test_a_handout_below_zero_is_refused_then_forced_with_a_reason(page, store, home):
    stock.record_movement(store, "receipt", "BR-2", 10, home)
    page.refresh()
    page.handout_button.click()
    dialog = page.dialog
    choose(dialog.material_combo, "BR-2")
    dialog.quantity_spin.setValue(30)
    dialog.note_edit.setText("school visit")
    press_enter(dialog)

    assert dialog.isVisible(), "a refused handout keeps the dialog open"
    assert dialog.force_frame.isVisible()
    assert "Only 10 of BR-2" in dialog.balance_label.text()
    assert "would leave -20" in dialog.balance_label.text()
    assert stock.on_hand(store, "BR-2", home) == 10
    assert dialog.note_edit.text() == "school visit"  # nothing typed is lost

    press_enter(dialog)  # still no reason: still refused
    assert dialog.isVisible()
    assert "Give a reason" in dialog.error_label.text()
    assert stock.on_hand(store, "BR-2", home) == 10

    dialog.reason_edit.setText("receipt not entered yet")
    press_enter(dialog, dialog.reason_edit)

    assert not dialog.isVisible()
    assert stock.on_hand(store, "BR-2", home) == -20
    forced = stock.ledger(store, location=home, material="BR-2")[0]
    assert (forced.quantity, forced.forced_reason, forced.note) == (-30, "receipt not entered yet", "school visit")
    assert "reason: receipt not entered yet" in page.message.text()
    select_material(page, "BR-2")
    assert page.ledger_model.index(0, LedgerModel.COL_REASON).data() == "receipt not entered yet"


def test_a_transfer_moves_stock_from_one_location_to_another(page, store, home):
    stock.record_movement(store, "receipt", "LF-1", 100, home)
    qazax = resolve_location(store, "AZ-QAZ").id
    page.refresh()
    page.transfer_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TransferDialog)
    choose(dialog.material_combo, "LF-1")
    dialog.quantity_spin.setValue(40)
    press_enter(dialog)
    assert dialog.isVisible() and "Choose the location" in dialog.error_label.text()

    dialog.target_picker.set_location_id(qazax)
    press_enter(dialog)

    assert not dialog.isVisible()
    assert stock.on_hand(store, "LF-1", home) == 60
    assert stock.on_hand(store, "LF-1", qazax) == 40
    assert balance_shown(page, "LF-1") == "60"
    assert "Transferred 40 LF-1 from" in page.message.text()
    page.set_location(qazax)
    assert balance_shown(page, "LF-1") == "40"
    select_material(page, "LF-1")
    assert page.ledger_model.index(0, LedgerModel.COL_KIND).data() == "Transfer in"


def test_voiding_one_half_of_a_transfer_undoes_both(page, store, home, monkeypatch):
    stock.record_movement(store, "receipt", "LF-1", 100, home)
    qazax = resolve_location(store, "AZ-QAZ").id
    stock.transfer(store, "LF-1", 30, home, qazax)
    page.refresh()
    page.set_location(qazax)
    select_material(page, "LF-1")
    page.ledger_view.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes
    )

    page.void_button.click()

    assert "Both halves" in asked[0]
    assert stock.on_hand(store, "LF-1", qazax) == 0
    assert stock.on_hand(store, "LF-1", home) == 100
    assert [e.voided for e in stock.ledger_entries(store, location=home, material="LF-1")] == [True, False]


def test_an_adjustment_needs_a_reason_and_keeps_it(page, store, home):
    stock.record_movement(store, "receipt", "LF-1", 100, home)
    page.refresh()
    page.adjust_button.click()
    dialog = page.dialog
    choose(dialog.material_combo, "LF-1")
    dialog.quantity_spin.setValue(-8)
    press_enter(dialog)
    assert dialog.isVisible() and "Give the reason" in dialog.error_label.text()
    assert stock.on_hand(store, "LF-1", home) == 100

    dialog.reason_edit.setText("counted on Friday")
    press_enter(dialog)

    assert stock.on_hand(store, "LF-1", home) == 92
    assert stock.ledger(store, location=home, material="LF-1")[0].note == "counted on Friday"


def test_escape_cancels_a_dialog_and_records_nothing(page, store, home):
    page.receipt_button.click()
    dialog = page.dialog
    dialog.quantity_spin.setValue(500)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible() and page.dialog is None
    assert stock.ledger(store, location=home) == []


def test_voiding_a_movement_from_the_ledger_after_confirmation(page, store, home, monkeypatch):
    stock.record_movement(store, "receipt", "LF-1", 100, home)
    mistake = stock.record_movement(store, "handout", "LF-1", 60, home)
    page.refresh()
    select_material(page, "LF-1")
    assert page.ledger_model.entry(0).movement.id == mistake.id
    page.ledger_view.selectRow(0)
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    page.void_button.click()
    assert stock.on_hand(store, "LF-1", home) == 40  # cancelled: nothing voided

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.void_button.click()

    assert "Handout of -60" in asked[-1]
    assert stock.on_hand(store, "LF-1", home) == 100
    voided = stock.ledger_entries(store, location=home, material="LF-1")[0]
    assert voided.movement.id == mistake.id and voided.voided
    assert page.ledger_model.index(0, LedgerModel.COL_VOIDED).data() == "Voided"
    page.ledger_view.selectRow(0)
    assert not page.void_button.isEnabled()  # a voided line cannot be voided again


def test_a_new_material_is_added_and_a_coordinators_one_cannot_be_edited(page, store, monkeypatch):
    with store.write(sync_apply=True) as session:  # as if it came from the coordinator by sync
        session.add(
            Material(
                id=materials.material_id("CO-9"), code="CO-9", kind="poster", title_az="Mərkəzi plakat",
                languages="az", version="1", active=True, origin=str(uuid.uuid4()), created_hlc=1, updated_hlc=1,
            )
        )  # fmt: skip
    page.refresh()
    page.tabs.setCurrentIndex(1)
    page.new_material_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MaterialDialog)
    dialog.code_edit.setText(" pf-2026-07")
    choose(dialog.kind_combo, "poster")
    dialog.title_edits["az"].setText("Qaynar xətt")
    dialog.title_edits["en"].setText("Helpline poster")
    dialog.language_boxes["en"].setChecked(True)
    press_enter(dialog, dialog.code_edit)

    created = materials.get_material(store, "PF-2026-07")
    assert (created.kind, created.title_en, created.languages) == ("poster", "Helpline poster", ("az", "en"))
    model = page.materials_model
    assert "PF-2026-07" in [model.index(r, 0).data() for r in range(model.rowCount())]

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    select_material_row(page.materials_view, page.materials_proxy, "CO-9")
    page.edit_material_button.click()
    assert told and "managed by your coordinator" in told[0]
    assert page.dialog is None

    select_material_row(page.materials_view, page.materials_proxy, "PF-2026-07")
    page.edit_material_button.click()
    dialog = page.dialog
    assert dialog.code_edit.isReadOnly()
    dialog.active_box.setChecked(False)
    press_enter(dialog)
    assert not materials.get_material(store, "PF-2026-07").active


def test_a_tally_click_records_a_handout_of_n_and_undo_reverts_only_the_last(page, store, home, context, paths):
    stock.record_movement(store, "receipt", "LF-1", 100, home)
    stock.record_movement(store, "receipt", "BR-2", 100, home)
    page.refresh()
    page.tally_button.click()
    tally = page.tally
    assert page.in_tally_mode()
    assert [b.line.material.code for b in tally.buttons] == ["BR-2", "LF-1"]
    assert tally.step_spin.value() == context.settings.tally_step == 1

    tally.step_spin.setValue(5)
    assert load_settings(paths.settings).tally_step == 5  # persisted

    qt_left = Qt.MouseButton.LeftButton
    QTest.mouseClick(tally.buttons[1], qt_left)
    QTest.mouseClick(tally.buttons[1], qt_left)

    assert stock.on_hand(store, "LF-1", home) == 90
    recorded = stock.ledger(store, location=home, material="LF-1")
    assert [(m.kind, m.quantity) for m in recorded] == [("handout", -5), ("handout", -5), ("receipt", 100)]
    assert "10 handed out in 2 click(s)" in tally.count_label.text()
    assert "On hand: 90" in tally.buttons[1].count_label.text()
    earlier, last = (click.movement_id for click in tally.session)

    tally.undo_button.click()

    voided = {e.movement.id: e.voided for e in stock.ledger_entries(store, location=home, material="LF-1")}
    assert voided[last] is True
    assert voided[earlier] is False
    assert stock.on_hand(store, "LF-1", home) == 95
    assert "5 handed out in 1 click(s)" in tally.count_label.text()

    tally.undo_button.click()  # and back through the session
    assert stock.ledger_entries(store, location=home, material="LF-1")[1].voided
    assert stock.on_hand(store, "LF-1", home) == 100
    assert not tally.undo_button.isEnabled()
    assert stock.on_hand(store, "BR-2", home) == 100


def test_tally_keyboard_number_keys_ctrl_z_and_escape(page, store, home, qtbot):
    stock.record_movement(store, "receipt", "LF-1", 50, home)
    stock.record_movement(store, "receipt", "BR-2", 50, home)
    page.refresh()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.enter_tally()
    tally = page.tally
    tally.step_spin.setValue(3)

    QTest.keyClick(tally.buttons[0], Qt.Key.Key_2)  # the second button: LF-1
    QTest.keyClick(tally.buttons[0], Qt.Key.Key_1)  # the first: BR-2
    assert stock.on_hand(store, "LF-1", home) == 47
    assert stock.on_hand(store, "BR-2", home) == 47

    QTest.keyClick(tally.buttons[0], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stock.on_hand(store, "BR-2", home) == 50  # the last click undone
    assert stock.on_hand(store, "LF-1", home) == 47

    QTest.keyClick(tally.buttons[0], Qt.Key.Key_9)  # no ninth material: nothing happens
    assert len(stock.ledger(store, location=home)) == 3

    QTest.keyClick(tally.buttons[0], Qt.Key.Key_Escape)
    assert not page.in_tally_mode()
    assert balance_shown(page, "LF-1") == "47"


def test_tally_refuses_a_handout_below_zero_on_screen(page, store, home):
    stock.record_movement(store, "receipt", "LF-1", 2, home)
    page.refresh()
    page.enter_tally()
    tally = page.tally
    tally.step_spin.setValue(5)

    tally.buttons[1].click()

    assert "Not recorded: only 2 of LF-1" in tally.message.text()
    assert tally.message.isVisible()
    assert stock.on_hand(store, "LF-1", home) == 2
    assert tally.session == []
    tally.buttons[0].click()  # BR-2: nothing in stock at all
    assert "only 0 of BR-2" in tally.message.text()
    assert [m.kind for m in stock.ledger(store, location=home)] == ["receipt"]


def test_tally_needs_a_location_and_its_buttons_fit_a_laptop_screen(qtbot, context, store, home):
    for n in range(1, 13):
        materials.create_material(store, code=f"M-{n:02}", kind="leaflet", title_az=f"Vərəqə nömrə {n} uzun başlıq")
    page = StockPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    page.enter_tally()
    assert not page.in_tally_mode() and "Choose the location" in page.message.text()

    page.set_location(home)
    page.enter_tally()
    assert page.in_tally_mode()
    assert len(page.tally.buttons) == 12
    qtbot.waitUntil(lambda: page.tally.buttons[-1].geometry().bottom() > 0)
    viewport = page.tally.grid_scroll.viewport()
    for button in page.tally.buttons:
        corner = button.mapTo(viewport, button.rect().bottomRight())
        assert viewport.rect().contains(corner), f"{button.line.material.code} is cut off"
    assert page.tally.buttons[8].key_label.text() == "9" and page.tally.buttons[9].key_label.text() == ""


def test_every_model_passes_the_model_tester(qtmodeltester, page, store, home):
    stock.record_movement(store, "receipt", "LF-1", 100, home)
    forced = stock.record_movement(store, "handout", "BR-2", 5, home, reason="counted later")
    stock.void_movement(store, forced.id)
    page.refresh()
    select_material(page, "BR-2")
    assert page.ledger_model.rowCount() == 1
    for model in (page.materials_model, page.balances_model, page.ledger_model):
        qtmodeltester.check(model)
    qtmodeltester.check(MaterialsModel())
    qtmodeltester.check(BalancesModel())
    qtmodeltester.check(LedgerModel())
