"""Dialogs of the Materials & stock screen: a receipt, a handout, a transfer and an adjustment; plus the
location picker they share with the page. (The material editor is ``fieldkit.ui.material_dialog``.)

Each dialog saves through the services when Save (or Enter) is pressed and closes only when the service
accepted; a refusal is shown in the dialog and nothing typed is lost. A handout or transfer that would
take a location below zero shows the balance and asks for the reason that lets it through.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import events, stock
from fieldkit.services.records import LocationRecord, MaterialRecord, MovementRecord
from fieldkit.store.errors import KnownError
from fieldkit.text import az_sort_key
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_count, format_date, set_date_format
from fieldkit.ui.sorting import AzSortFilterProxy, az_completer
from fieldkit.ui.stock_models import material_title
from fieldkit.ui.widgets import ERROR_STYLE

FORCE_STYLE = "QFrame#force { background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; }"


def location_choices(records: list[LocationRecord]) -> list[LocationRecord]:
    """Places where stock can be: everything but the economic regions, in Azerbaijani order."""
    return sorted((r for r in records if r.kind != "economic-region"), key=lambda r: az_sort_key(r.name_az))


class LocationPicker(QComboBox):
    """An editable combo box of locations: type part of a name or code and pick from the matches."""

    location_changed = Signal(object)  # the location id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.matches = AzSortFilterProxy(self)  # "seki" and "ŞƏKİ" find Şəki; Qt's matching does not
        self.matches.setSourceModel(self.model())
        az_completer(self, self.matches, max_visible=15)
        self.currentIndexChanged.connect(lambda _i: self.location_changed.emit(self.location_id()))

    def set_locations(self, records: list[LocationRecord], language: str, selected: str | None = None) -> None:
        keep = selected if selected is not None else self.location_id()
        self.blockSignals(True)
        self.clear()
        for record in records:
            self.addItem(record.label(language), record.id)
        self.blockSignals(False)
        self.set_location_id(keep)

    def set_location_id(self, location_id: str | None) -> None:
        index = self.findData(location_id) if location_id else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def location_id(self) -> str | None:
        """The chosen location; None while the typed text names none of them."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            return None
        data = self.itemData(index)
        return str(data) if data else None


def fill_materials(combo: QComboBox, records: list[MaterialRecord], language: str, selected: str | None) -> None:
    combo.clear()
    for record in records:
        combo.addItem(f"{record.code} — {material_title(record, language)}", record.code)
    index = combo.findData(selected) if selected else -1
    combo.setCurrentIndex(max(index, 0) if records else -1)


class _StockDialog(QDialog):
    """What every movement dialog shares: material, quantity, location, note, the error line and the
    Save/Cancel buttons. ``save()`` does the service call and returns the movements recorded."""

    def __init__(
        self,
        context: AppContext,
        material_records: list[MaterialRecord],
        location_records: list[LocationRecord],
        *,
        material: str | None = None,
        location: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.recorded: list[MovementRecord] = []
        language = context.settings.language
        self.material_combo = QComboBox(self)
        fill_materials(self.material_combo, material_records, language, material)
        self.quantity_spin = QSpinBox(self)
        self.quantity_spin.setRange(1, stock.MAX_QUANTITY)
        self.quantity_spin.setValue(1)
        self.quantity_spin.setAccelerated(True)
        self.location_picker = LocationPicker(self)
        self.location_picker.set_locations(location_records, language, location)
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        set_date_format(self.when_edit, with_time=True)
        self.when_edit.setCalendarPopup(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(300)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        self.extra = QVBoxLayout()
        outer.addLayout(self.extra)
        outer.addWidget(self.error_label)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Qt looks a string up under the instance's class name, but lupdate files it under the class whose
        code calls ``tr``; so try each class of the hierarchy, most derived first."""
        for cls in type(self).__mro__:
            if cls is QDialog:
                break
            translated = QCoreApplication.translate(cls.__name__, text, disambiguation, n)
            if translated != text:
                return translated
        return text

    def add_row(self, field: QWidget) -> QLabel:
        """A form row whose label is set in ``retranslate`` (with a mnemonic that focuses ``field``)."""
        caption = QLabel(self)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        return caption

    def order_tabs(self, *after_form: QWidget) -> None:
        """Tab through the form top to bottom, then ``after_form``, then Save and Cancel (widgets are made
        in another order than they are laid out)."""
        chain: list[QWidget] = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                chain.append(widget)
        chain += [*after_form, self.buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def material_code(self) -> str | None:
        data = self.material_combo.currentData()
        return str(data) if data else None

    def occurred_at(self) -> str:
        when: dt.datetime = self.when_edit.dateTime().toPython()  # type: ignore[assignment]
        return when.astimezone().isoformat(timespec="seconds")

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def save(self) -> list[MovementRecord]:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.recorded = self.save()
        except KnownError as exc:
            self.refused(exc)
            return
        super().accept()

    def refused(self, exc: KnownError) -> None:
        self.show_error(error_text(exc))

    def retranslate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class ReceiptDialog(_StockDialog):
    """Stock arriving at a location (a delivery from the coordinator or the printer)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.material_label = self.add_row(self.material_combo)
        self.quantity_label = self.add_row(self.quantity_spin)
        self.location_label = self.add_row(self.location_picker)
        self.when_label = self.add_row(self.when_edit)
        self.note_label = self.add_row(self.note_edit)
        self.order_tabs()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Record a receipt"))
        self.material_label.setText(self.tr("&Material"))
        self.quantity_label.setText(self.tr("&Quantity received"))
        self.location_label.setText(self.tr("Received &at"))
        self.when_label.setText(self.tr("&When"))
        self.note_label.setText(self.tr("&Note"))
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. delivery from the national office"))

    def save(self) -> list[MovementRecord]:
        return [
            stock.record_movement(
                self.context.require_store(), "receipt", self.material_code() or "", self.quantity_spin.value(),
                self.location_picker.location_id() or "", note=self.note_edit.text(), occurred_at=self.occurred_at(),
            )
        ]  # fmt: skip


class _ForcibleDialog(_StockDialog):
    """A movement that takes stock away: refused below zero, unless a reason is given (shown only then)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.force_frame = QFrame(self)
        self.force_frame.setObjectName("force")
        self.force_frame.setStyleSheet(FORCE_STYLE)
        self.balance_label = QLabel(self.force_frame)
        self.balance_label.setWordWrap(True)
        self.reason_edit = QLineEdit(self.force_frame)
        self.reason_edit.setMaxLength(300)
        self.reason_label = QLabel(self.force_frame)
        self.reason_label.setBuddy(self.reason_edit)
        box = QVBoxLayout(self.force_frame)
        box.addWidget(self.balance_label)
        row = QHBoxLayout()
        row.addWidget(self.reason_label)
        row.addWidget(self.reason_edit, 1)
        box.addLayout(row)
        self.force_frame.hide()
        self.extra.addWidget(self.force_frame)
        self.forcing = False  # the officer was shown the balance and may now give a reason

    def source_location(self) -> str | None:
        return self.location_picker.location_id()

    def reason(self) -> str | None:
        return self.reason_edit.text() if self.forcing else None

    def refused(self, exc: KnownError) -> None:
        """A refusal for want of stock opens the reason box with the balance; anything else is shown as is."""
        code, source = self.material_code(), self.source_location()
        on_hand = None
        if code and source:
            try:
                on_hand = stock.on_hand(self.context.require_store(), code, source)
            except KnownError:
                on_hand = None
        if on_hand is None or on_hand >= self.quantity_spin.value():
            super().refused(exc)
            return
        self.show_error("")
        self.balance_label.setText(
            self.tr(
                "Only %1 of %2 in stock there; taking %3 would leave %4. Record the missing receipt first, or, if you "
                "know why the stock is short, give the reason and save again to record it anyway."
            )
            .replace("%1", format_count(on_hand))
            .replace("%2", code or "")
            .replace("%3", format_count(self.quantity_spin.value()))
            .replace("%4", format_count(on_hand - self.quantity_spin.value()))
        )
        asked_before, self.forcing = self.forcing, True
        self.force_frame.show()
        if asked_before and not self.reason_edit.text().strip():
            self.show_error(self.tr("Give a reason to record it below zero."))
        self.reason_edit.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.reason_label.setText(self.tr("&Reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. the receipt is not entered yet"))


class HandoutDialog(_ForcibleDialog):
    """Materials handed out at a location, optionally at an event."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.event_combo = QComboBox(self)
        self.event_combo.addItem("", None)
        for event in events.recent_and_upcoming(self.context.require_store()):
            self.event_combo.addItem(f"{format_date(event.start_date)} {event.title}", event.id)
        self.material_label = self.add_row(self.material_combo)
        self.quantity_label = self.add_row(self.quantity_spin)
        self.location_label = self.add_row(self.location_picker)
        self.event_label = self.add_row(self.event_combo)
        self.when_label = self.add_row(self.when_edit)
        self.note_label = self.add_row(self.note_edit)
        self.order_tabs(self.reason_edit)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Record a handout"))
        self.material_label.setText(self.tr("&Material"))
        self.quantity_label.setText(self.tr("&Quantity handed out"))
        self.location_label.setText(self.tr("Handed out &at"))
        self.event_label.setText(self.tr("&Event"))
        self.event_combo.setItemText(0, self.tr("(no event)"))
        self.when_label.setText(self.tr("&When"))
        self.note_label.setText(self.tr("&Note"))

    def save(self) -> list[MovementRecord]:
        event = self.event_combo.currentData()
        return [
            stock.record_movement(
                self.context.require_store(), "handout", self.material_code() or "", self.quantity_spin.value(),
                self.location_picker.location_id() or "", event=str(event) if event else None,
                note=self.note_edit.text(), reason=self.reason(), occurred_at=self.occurred_at(),
            )
        ]  # fmt: skip


class TransferDialog(_ForcibleDialog):
    """Stock moved from one location to another: a transfer out and a transfer in, written together."""

    def __init__(self, *args: Any, destinations: list[LocationRecord] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.target_picker = LocationPicker(self)
        self.target_picker.set_locations(destinations or [], self.context.settings.language, None)
        self.material_label = self.add_row(self.material_combo)
        self.quantity_label = self.add_row(self.quantity_spin)
        self.location_label = self.add_row(self.location_picker)
        self.target_label = self.add_row(self.target_picker)
        self.note_label = self.add_row(self.note_edit)
        self.when_edit.hide()  # a transfer is recorded as of now, both halves at the same moment
        self.order_tabs(self.reason_edit)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Transfer stock"))
        self.material_label.setText(self.tr("&Material"))
        self.quantity_label.setText(self.tr("&Quantity"))
        self.location_label.setText(self.tr("&From"))
        self.target_label.setText(self.tr("&To"))
        self.note_label.setText(self.tr("&Note"))

    def save(self) -> list[MovementRecord]:
        target = self.target_picker.location_id()
        if target is None:
            raise KnownError(self.tr("Choose the location the stock goes to."))
        out, inn = stock.transfer(
            self.context.require_store(), self.material_code() or "", self.quantity_spin.value(),
            self.location_picker.location_id() or "", target, note=self.note_edit.text(), reason=self.reason(),
        )  # fmt: skip
        return [out, inn]


class AdjustmentDialog(_StockDialog):
    """A correction after a count: a signed quantity and the reason for it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.quantity_spin.setRange(-stock.MAX_QUANTITY, stock.MAX_QUANTITY)
        self.quantity_spin.setValue(0)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(300)
        self.material_label = self.add_row(self.material_combo)
        self.location_label = self.add_row(self.location_picker)
        self.quantity_label = self.add_row(self.quantity_spin)
        self.reason_label = self.add_row(self.reason_edit)
        self.when_label = self.add_row(self.when_edit)
        self.note_label = self.add_row(self.note_edit)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.extra.addWidget(self.hint_label)
        self.order_tabs()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Adjust stock"))
        self.material_label.setText(self.tr("&Material"))
        self.location_label.setText(self.tr("&At"))
        self.quantity_label.setText(self.tr("&Change (+/−)"))
        self.reason_label.setText(self.tr("&Reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. counted on 3 March: 12 more than the ledger"))
        self.when_label.setText(self.tr("&When"))
        self.note_label.setText(self.tr("&Note"))
        self.hint_label.setText(
            self.tr("A positive number adds to the stock, a negative one takes away. The reason is kept with it.")
        )

    def save(self) -> list[MovementRecord]:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.reason_edit.setFocus()
            raise KnownError(self.tr("Give the reason for the adjustment."))
        return [
            stock.record_movement(
                self.context.require_store(), "adjustment", self.material_code() or "", self.quantity_spin.value(),
                self.location_picker.location_id() or "", note=self.note_edit.text(), reason=reason,
                occurred_at=self.occurred_at(),
            )
        ]  # fmt: skip
