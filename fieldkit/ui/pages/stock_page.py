"""The Materials & stock screen: the stock at one location and the ledger behind it, the dialogs that
record receipts, handouts, transfers and adjustments, the material catalogue, and tally mode for
border posts (see ``fieldkit.ui.tally``).

Stock is never a counter: the balances are sums of the ledger, read through ``services.stock``. Every
write goes through a service and then ``context.notify(STOCK)``.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import locations, materials, stock
from fieldkit.services.records import LocationRecord, MaterialRecord, MovementRecord
from fieldkit.store.errors import KnownError
from fieldkit.ui.context import REFERENCE, SETTINGS, STOCK, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.material_dialog import MaterialDialog
from fieldkit.ui.pages.base import Page
from fieldkit.ui.pages.stock_movements import recorded_text, void_movement
from fieldkit.ui.pages.stock_tables import select_material_row, stock_proxy
from fieldkit.ui.stock_dialogs import (
    AdjustmentDialog,
    HandoutDialog,
    LocationPicker,
    ReceiptDialog,
    TransferDialog,
    location_choices,
)
from fieldkit.ui.stock_models import BalancesModel, LedgerModel, MaterialCodeRole, MaterialsModel, material_title
from fieldkit.ui.tally import TallyWidget
from fieldkit.ui.widgets import list_table

MESSAGE_STYLES = {"info": "color: #1d4d1d;", "warning": "color: #a40000;"}


class StockPage(Page):
    topics = frozenset({STOCK, REFERENCE, SETTINGS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: QDialog | None = None  # the dialog open now, if any (tests drive it)
        self.location_id: str | None = None
        self._location_records: list[LocationRecord] = []
        self._catalogue: list[MaterialRecord] = []
        self._located = False  # the home location has been applied once
        self._build()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        language = self.context.settings.language
        self.location_label = QLabel(self)
        self.location_picker = LocationPicker(self)
        self.location_label.setBuddy(self.location_picker)
        self.location_picker.setMinimumWidth(420)
        self.location_picker.location_changed.connect(self._location_chosen)
        self.tally_button = QPushButton(self)
        self.tally_button.clicked.connect(self.enter_tally)
        top = QHBoxLayout()
        top.addWidget(self.location_label)
        top.addWidget(self.location_picker)
        top.addStretch(1)
        top.addWidget(self.tally_button)

        # stock at the location, and the ledger of the selected material
        self.balances_model = BalancesModel(language, self.context.settings.low_stock_threshold, self)
        self.balances_proxy = stock_proxy(self, self.balances_model)
        self.balances_view = list_table(self, self.balances_proxy, (BalancesModel.COL_TITLE,))
        self.balances_view.sortByColumn(BalancesModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        self.balances_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._load_ledger())
        self.ledger_model = LedgerModel(self)
        self.ledger_proxy = stock_proxy(self, self.ledger_model)
        self.ledger_view = list_table(
            self, self.ledger_proxy, (LedgerModel.COL_EVENT, LedgerModel.COL_NOTE, LedgerModel.COL_REASON)
        )
        self.ledger_view.sortByColumn(LedgerModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.ledger_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.receipt_button = QPushButton(self)
        self.handout_button = QPushButton(self)
        self.transfer_button = QPushButton(self)
        self.adjust_button = QPushButton(self)
        self.void_button = QPushButton(self)
        self.receipt_button.clicked.connect(self.record_receipt)
        self.handout_button.clicked.connect(self.record_handout)
        self.transfer_button.clicked.connect(self.record_transfer)
        self.adjust_button.clicked.connect(self.record_adjustment)
        self.void_button.clicked.connect(self.void_selected)
        self.balance_filter = QLineEdit(self)
        self.balance_filter.setClearButtonEnabled(True)
        self.balance_filter.textChanged.connect(self.balances_proxy.set_search)
        actions = QHBoxLayout()
        for button in (self.receipt_button, self.handout_button, self.transfer_button, self.adjust_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.balance_filter)
        self.ledger_caption = QLabel(self)
        self.ledger_caption.setWordWrap(True)
        ledger_box = QWidget(self)
        ledger_layout = QVBoxLayout(ledger_box)
        ledger_layout.setContentsMargins(0, 0, 0, 0)
        ledger_layout.addWidget(self.ledger_caption)
        ledger_layout.addWidget(self.ledger_view, 1)
        void_row = QHBoxLayout()
        void_row.addStretch(1)
        void_row.addWidget(self.void_button)
        ledger_layout.addLayout(void_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.balances_view)
        self.splitter.addWidget(ledger_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        stock_tab = QWidget(self)
        stock_layout = QVBoxLayout(stock_tab)
        stock_layout.addLayout(actions)
        stock_layout.addWidget(self.splitter, 1)

        # the catalogue
        self.materials_model = MaterialsModel(language, self)
        self.materials_proxy = stock_proxy(self, self.materials_model)
        self.materials_view = list_table(self, self.materials_proxy, (MaterialsModel.COL_TITLE,))
        self.materials_view.sortByColumn(MaterialsModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        self.materials_view.doubleClicked.connect(lambda _i: self.edit_material())
        self.materials_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.new_material_button = QPushButton(self)
        self.edit_material_button = QPushButton(self)
        self.new_material_button.clicked.connect(self.new_material)
        self.edit_material_button.clicked.connect(self.edit_material)
        self.inactive_box = QCheckBox(self)
        self.inactive_box.setChecked(True)
        self.inactive_box.toggled.connect(lambda _on: self._fill_catalogue())
        self.material_filter = QLineEdit(self)
        self.material_filter.setClearButtonEnabled(True)
        self.material_filter.textChanged.connect(self.materials_proxy.set_search)
        catalogue_actions = QHBoxLayout()
        catalogue_actions.addWidget(self.new_material_button)
        catalogue_actions.addWidget(self.edit_material_button)
        catalogue_actions.addStretch(1)
        catalogue_actions.addWidget(self.inactive_box)
        catalogue_actions.addWidget(self.material_filter)
        catalogue_tab = QWidget(self)
        catalogue_layout = QVBoxLayout(catalogue_tab)
        catalogue_layout.addLayout(catalogue_actions)
        catalogue_layout.addWidget(self.materials_view, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(stock_tab, "")
        self.tabs.addTab(catalogue_tab, "")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        normal = QWidget(self)
        normal_layout = QVBoxLayout(normal)
        normal_layout.setContentsMargins(0, 0, 0, 0)
        normal_layout.addLayout(top)
        normal_layout.addWidget(self.tabs, 1)
        normal_layout.addWidget(self.message)

        self.tally = TallyWidget(self.context, self)
        self.tally.leave_requested.connect(self.leave_tally)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(normal)
        self.stack.addWidget(self.tally)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        chain = [self.location_picker, self.tally_button, self.tabs, self.receipt_button, self.handout_button,
                 self.transfer_button, self.adjust_button, self.balance_filter, self.balances_view, self.ledger_view,
                 self.void_button, self.new_material_button, self.edit_material_button, self.inactive_box,
                 self.material_filter, self.materials_view]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    def handle_action(self, action: str) -> None:
        """A quick action from the Home screen: "tally" or "receive"."""
        if action == "tally":
            self.enter_tally()
        elif action == "receive":
            self.record_receipt()

    def title(self) -> str:
        return self.tr("Materials & stock")

    def retranslate(self) -> None:
        self.location_label.setText(self.tr("&Location:"))
        editor = self.location_picker.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Type part of a name or code"))
        self.tally_button.setText(self.tr("&Tally mode"))
        self.tally_button.setToolTip(
            self.tr("Big buttons for counting handouts at a border post: one click records one handout")
        )
        self.receipt_button.setText(self.tr("&Receipt…"))
        self.handout_button.setText(self.tr("&Handout…"))
        self.transfer_button.setText(self.tr("Trans&fer…"))
        self.adjust_button.setText(self.tr("&Adjustment…"))
        self.void_button.setText(self.tr("&Void movement…"))
        self.void_button.setToolTip(self.tr("Undo a movement recorded by mistake; it stays in the ledger, marked"))
        self.balance_filter.setPlaceholderText(self.tr("Filter materials"))
        self.new_material_button.setText(self.tr("&New material…"))
        self.edit_material_button.setText(self.tr("&Edit material…"))
        self.inactive_box.setText(self.tr("Show &inactive"))
        self.material_filter.setPlaceholderText(self.tr("Filter the catalogue"))
        self.tabs.setTabText(0, self.tr("&Stock here"))
        self.tabs.setTabText(1, self.tr("&Catalogue"))
        self.balances_model.language = self.materials_model.language = self.context.settings.language
        for model in (self.balances_model, self.ledger_model, self.materials_model):
            model.retranslate()
        self._update_ledger_caption()
        self.tally.retranslate()
        if not self.stale and self.context.store is not None:
            self.refresh()  # location names and material titles follow the UI language

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.require_store()
        settings = self.context.settings
        language = settings.language
        self._location_records = location_choices(locations.list_locations(store))
        selected = self.location_id
        if not self._located or selected is None:
            selected = settings.home_location_id
            self._located = True
        self.location_picker.set_locations(self._location_records, language, selected)
        self.location_id = self.location_picker.location_id()
        self.balances_model.language = language
        self.materials_model.language = language
        self._catalogue = materials.list_materials(store, include_inactive=True)
        self._fill_catalogue()
        self._load_balances()
        if self.stack.currentWidget() is self.tally:
            self.tally.reload()
        self.stale = False

    def _fill_catalogue(self) -> None:
        code = self._selected_catalogue_code()
        shown = self._catalogue if self.inactive_box.isChecked() else [m for m in self._catalogue if m.active]
        self.materials_model.set_materials(shown)
        select_material_row(self.materials_view, self.materials_proxy, code)
        self._update_buttons()

    def _load_balances(self) -> None:
        code = self.selected_material_code()
        if self.location_id is None:
            self.balances_model.set_lines([])
        else:
            lines = stock.location_stock(self.context.require_store(), self.location_id)
            self.balances_model.set_lines(lines, self.context.settings.low_stock_threshold)
        select_material_row(self.balances_view, self.balances_proxy, code)
        self._load_ledger()

    def _load_ledger(self) -> None:
        code = self.selected_material_code()
        if self.location_id is None or code is None:
            self.ledger_model.set_entries([])
        else:
            entries = stock.ledger_entries(self.context.require_store(), location=self.location_id, material=code)
            self.ledger_model.set_entries(entries)
        self._update_ledger_caption()
        self._update_buttons()

    def _update_ledger_caption(self) -> None:
        code = self.selected_material_code()
        place = self.location_picker.currentText() if self.location_id else ""
        if code is None or not place:
            self.ledger_caption.setText(self.tr("Choose a location and a material to see its movements."))
        else:
            self.ledger_caption.setText(
                self.tr("Movements of %1 at %2 (newest first; voided ones in grey)")
                .replace("%1", code)
                .replace("%2", place)
            )

    def _update_buttons(self) -> None:
        has_location = self.location_id is not None
        for button in (self.receipt_button, self.handout_button, self.adjust_button, self.tally_button):
            button.setEnabled(has_location)
        self.transfer_button.setEnabled(has_location)
        entry = self._selected_entry()
        self.void_button.setEnabled(entry is not None and not entry.voided)
        self.edit_material_button.setEnabled(self._selected_catalogue_code() is not None)

    # -- selection ------------------------------------------------------------------------------
    def selected_material_code(self) -> str | None:
        index = self.balances_view.selectionModel().currentIndex()
        code = index.data(MaterialCodeRole) if index.isValid() else None
        return str(code) if code else None

    def _selected_catalogue_code(self) -> str | None:
        index = self.materials_view.selectionModel().currentIndex()
        code = index.data(MaterialCodeRole) if index.isValid() else None
        return str(code) if code else None

    def _selected_entry(self) -> stock.LedgerEntry | None:
        index = self.ledger_view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.ledger_model.entry(self.ledger_proxy.mapToSource(index).row())

    def _location_chosen(self, location_id: str | None) -> None:
        if location_id is None or location_id == self.location_id:
            return
        self.location_id = location_id
        self._load_balances()

    def set_location(self, location_id: str) -> None:
        """Show the stock at this location (as if picked)."""
        self.location_picker.set_location_id(location_id)
        self._location_chosen(self.location_picker.location_id())

    def show_message(self, text: str, kind: str = "info") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(MESSAGE_STYLES[kind])

    # -- dialogs --------------------------------------------------------------------------------
    def _active_materials(self) -> list[MaterialRecord]:
        return [m for m in self._catalogue if m.active]

    def _movement_dialog(self, cls: type[ReceiptDialog | HandoutDialog | AdjustmentDialog]) -> None:
        dialog = cls(
            self.context, self._active_materials(), self._location_records,
            material=self.selected_material_code(), location=self.location_id, parent=self,
        )  # fmt: skip
        self._open(dialog, lambda: self._recorded(dialog.recorded))

    def record_receipt(self) -> None:
        self._movement_dialog(ReceiptDialog)

    def record_handout(self) -> None:
        self._movement_dialog(HandoutDialog)

    def record_adjustment(self) -> None:
        self._movement_dialog(AdjustmentDialog)

    def record_transfer(self) -> None:
        dialog = TransferDialog(
            self.context, self._active_materials(), self._location_records, material=self.selected_material_code(),
            location=self.location_id, destinations=self._location_records, parent=self,
        )  # fmt: skip
        self._open(dialog, lambda: self._recorded(dialog.recorded))

    def new_material(self) -> None:
        dialog = MaterialDialog(self.context, None, self)
        self._open(dialog, lambda: self._material_saved(dialog.saved))

    def edit_material(self) -> None:
        code = self._selected_catalogue_code()
        if code is None:
            return
        try:
            record = materials.check_editable(self.context.require_store(), code)
        except KnownError as exc:
            QMessageBox.information(self, self.tr("This material cannot be edited here"), error_text(exc))
            return
        dialog = MaterialDialog(self.context, record, self)
        self._open(dialog, lambda: self._material_saved(dialog.saved))

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _recorded(self, movements: list[MovementRecord]) -> None:
        if not movements:
            return
        first = movements[0]
        code = next((m.code for m in self._catalogue if m.id == first.material_id), "")
        places = {r.id: r.label(self.context.settings.language) for r in self._location_records}
        self.show_message(recorded_text(movements, code, places), "warning" if first.forced_reason else "info")
        self.refresh()
        self.context.notify(STOCK)

    def _material_saved(self, record: MaterialRecord | None) -> None:
        if record is None:
            return
        self.show_message(
            self.tr("Saved material %1 (%2).")
            .replace("%1", record.code)
            .replace("%2", material_title(record, self.context.settings.language))
        )
        self.refresh()
        select_material_row(self.materials_view, self.materials_proxy, record.code)
        self.context.notify(STOCK)

    # -- void -----------------------------------------------------------------------------------
    def void_selected(self) -> None:
        entry = self._selected_entry()
        if entry is None or entry.voided:
            return
        what = void_movement(self, self.context, entry.movement)
        if what is None:
            return
        self.show_message(self.tr("Voided: %1.").replace("%1", what))
        self.refresh()
        self.context.notify(STOCK)

    # -- tally mode -----------------------------------------------------------------------------
    def enter_tally(self) -> None:
        if self.location_id is None:
            self.show_message(self.tr("Choose the location first: tally mode records handouts there."), "warning")
            return
        self.stack.setCurrentWidget(self.tally)
        self.tally.start(self.location_id, self.location_picker.currentText())

    def leave_tally(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.tally_button.setFocus()

    def in_tally_mode(self) -> bool:
        return self.stack.currentWidget() is self.tally
