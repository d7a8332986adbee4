"""Tally mode, for border posts: one big button per active material, and each click records a handout of
N at the current location ("40 leaflets today", counted as they go).

Number keys 1–9 press the first nine buttons, Ctrl+Z undoes the last click of this session (and again,
back through the session), Esc leaves. A handout that would take the stock below zero is refused on
screen; tally mode never forces one (that needs a reason, given in the Handout dialog).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import stock
from fieldkit.services.stock import StockLine
from fieldkit.store.errors import KnownError, NotFound
from fieldkit.ui.context import STOCK, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_count
from fieldkit.ui.stock_models import material_title

MAX_STEP = 1000
MAX_COLUMNS = 4
BUTTON_HEIGHT = 118  # four rows fit under the header on a 768-pixel screen
MESSAGE_STYLES = {
    "info": "background: #e8f3e8; color: #1d4d1d; padding: 8px; border-radius: 4px;",
    "refused": "background: #fbe3e3; color: #8a1010; padding: 8px; border-radius: 4px; font-weight: bold;",
}
ON_HAND = cast(str, QT_TRANSLATE_NOOP("TallyButton", "On hand: %1"))


@dataclass(frozen=True)
class TallyClick:
    """One click of this session, kept so it can be undone."""

    movement_id: str
    material_code: str
    quantity: int


class TallyButton(QPushButton):
    """A big button: the key that presses it, the material's code and title, and its stock on hand."""

    def __init__(self, line: StockLine, key: int | None, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(BUTTON_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label = QLabel(f"{key}" if key else "", self)
        self.code_label = QLabel(line.material.code, self)
        self.title_label = QLabel(material_title(line.material, language), self)
        self.title_label.setWordWrap(True)
        self.count_label = QLabel(self)
        for widget, points, bold in ((self.key_label, 1.6, True), (self.title_label, 1.35, True),
                                     (self.count_label, 1.35, False), (self.code_label, 1.0, False)):  # fmt: skip
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            font = widget.font()
            font.setPointSizeF(font.pointSizeF() * points)
            font.setBold(bold)
            widget.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(self.key_label)
        top.addStretch(1)
        top.addWidget(self.code_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.title_label, 1)
        layout.addWidget(self.count_label)
        self.set_on_hand(line.on_hand, low=False)

    def set_on_hand(self, on_hand: int, *, low: bool) -> None:
        self.on_hand = on_hand
        self.count_label.setText(
            QCoreApplication.translate("TallyButton", ON_HAND).replace("%1", format_count(on_hand))
        )
        self.count_label.setStyleSheet("color: #a40000; font-weight: bold;" if low else "")
        self.setAccessibleName(f"{self.line.material.code} {self.title_label.text()} {self.count_label.text()}")


class TallyWidget(QWidget):
    """The tally screen for one location. The page sets the location and shows this widget."""

    leave_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.location_id: str | None = None
        self.location_name = ""
        self.session: list[TallyClick] = []
        self.buttons: list[TallyButton] = []
        self._language = context.settings.language  # the language the buttons' titles are in
        self._build()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.step_spin = QSpinBox(self)
        self.step_spin.setRange(1, MAX_STEP)
        self.step_spin.setValue(max(1, min(self.context.settings.tally_step, MAX_STEP)))
        self.step_spin.valueChanged.connect(self._step_changed)
        self.step_label = QLabel(self)
        self.step_label.setBuddy(self.step_spin)
        self.count_label = QLabel(self)
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.count_label.setFont(font)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo_last)
        self.leave_button = QPushButton(self)
        self.leave_button.clicked.connect(self.leave_requested)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.step_label)
        header.addWidget(self.step_spin)
        header.addSpacing(16)
        header.addWidget(self.undo_button)
        header.addWidget(self.leave_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(40)
        self.grid_holder = QWidget(self)
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setSpacing(10)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid_scroll = QScrollArea(self)
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.grid_scroll.setWidget(self.grid_holder)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.grid_scroll, 1)

        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.press(n - 1))
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo_last)
        self.leave_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.leave_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.leave_shortcut.activated.connect(self.leave_requested)
        self._update_session()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tally: handouts at %1").replace("%1", self.location_name or "—"))
        self.step_label.setText(self.tr("Each &click counts"))
        self.step_spin.setToolTip(self.tr("How many items one click records; remembered for next time"))
        self.undo_button.setText(self.tr("&Undo last (Ctrl+Z)"))
        self.leave_button.setText(self.tr("Leave tally mode (Esc)"))
        self.empty_label.setText(self.tr("No active materials. Add one in the catalogue first."))
        self._update_session()
        for button in self.buttons:
            button.set_on_hand(button.on_hand, low=button.on_hand < self.context.settings.low_stock_threshold)

    # -- state ----------------------------------------------------------------------------------
    def start(self, location_id: str, location_name: str) -> None:
        """Begin a tally session at a location: a fresh undo history, the buttons for its stock."""
        self.location_id = location_id
        self.location_name = location_name
        self.session = []
        self.show_message("", "info")
        self.retranslate()
        self.reload()
        if self.buttons:
            self.buttons[0].setFocus()
        else:
            self.setFocus()

    def reload(self) -> None:
        """Read the stock at the location again; rebuild the buttons only when the materials changed."""
        if self.location_id is None:
            return
        step = max(1, min(self.context.settings.tally_step, MAX_STEP))
        if step != self.step_spin.value():
            self.step_spin.blockSignals(True)
            self.step_spin.setValue(step)
            self.step_spin.blockSignals(False)
        lines = [line for line in stock.location_stock(self.context.require_store(), self.location_id)
                 if line.material.active]  # fmt: skip
        language = self.context.settings.language
        if [b.line.material for b in self.buttons] != [line.material for line in lines] or language != self._language:
            self._rebuild(lines)
        threshold = self.context.settings.low_stock_threshold
        for button, line in zip(self.buttons, lines, strict=True):
            button.line = line
            button.set_on_hand(line.on_hand, low=line.on_hand < threshold)

    def _rebuild(self, lines: list[StockLine]) -> None:
        for button in self.buttons:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self._language = self.context.settings.language
        columns = min(MAX_COLUMNS, max(1, math.ceil(math.sqrt(len(lines)))))
        for index, line in enumerate(lines):
            button = TallyButton(line, index + 1 if index < 9 else None, self.context.settings.language, self)
            button.clicked.connect(lambda _checked=False, i=index: self.press(i))
            self.grid.addWidget(button, index // columns, index % columns)
            self.buttons.append(button)
        for column in range(MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(math.ceil(len(lines) / columns) if lines else 0, 1)
        self.empty_label.setVisible(not lines)

    def _update_session(self) -> None:
        items = sum(click.quantity for click in self.session)
        self.count_label.setText(
            self.tr("This session: %1 handed out in %2 click(s)")
            .replace("%1", format_count(items))
            .replace("%2", format_count(len(self.session)))
        )
        self.undo_button.setEnabled(bool(self.session))

    def show_message(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(MESSAGE_STYLES[kind] if text else "")

    def _step_changed(self, value: int) -> None:
        if value != self.context.settings.tally_step:
            self.context.settings.tally_step = value
            self.context.save_settings()

    # -- actions --------------------------------------------------------------------------------
    def press(self, index: int) -> None:
        """Record one handout of N of the index-th material at the current location."""
        if self.location_id is None or not 0 <= index < len(self.buttons):
            return
        code = self.buttons[index].line.material.code
        quantity = self.step_spin.value()
        store = self.context.require_store()
        try:
            movement = stock.record_movement(store, "handout", code, quantity, self.location_id)
        except KnownError as exc:
            self.reload()
            try:
                on_hand: int | None = stock.on_hand(store, code, self.location_id)
            except KnownError:
                on_hand = None
            if on_hand is not None and on_hand < quantity:
                self.show_message(
                    self.tr("Not recorded: only %1 of %2 left here, fewer than %3. Record the delivery first.")
                    .replace("%1", format_count(on_hand))
                    .replace("%2", code)
                    .replace("%3", format_count(quantity)),
                    "refused",
                )
            else:
                self.show_message(error_text(exc), "refused")
            return
        self.session.append(TallyClick(movement.id, code, quantity))
        self._update_session()
        self.reload()
        on_hand = stock.on_hand(store, code, self.location_id)
        self.show_message(
            self.tr("Recorded %1 × %2. On hand now: %3.")
            .replace("%1", format_count(quantity))
            .replace("%2", code)
            .replace("%3", format_count(on_hand)),
            "info",
        )
        self.context.notify(STOCK)

    def undo_last(self) -> None:
        """Void the last movement this session recorded."""
        if not self.session:
            return
        click = self.session[-1]
        try:
            stock.void_movement(self.context.require_store(), click.movement_id)
        except NotFound:
            self.session.pop()  # already voided from the ledger: nothing left to undo for this click
            self._update_session()
            self.show_message(self.tr("That click had already been undone."), "info")
            return
        except KnownError as exc:
            self.show_message(error_text(exc), "refused")
            return
        self.session.pop()
        self._update_session()
        self.reload()
        self.show_message(
            self.tr("Undone: %1 × %2.").replace("%1", format_count(click.quantity)).replace("%2", click.material_code),
            "info",
        )
        self.context.notify(STOCK)
