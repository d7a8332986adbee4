"""The Headcount tab: how many came, by sex and age band, without names.

Headcounts are the default way of counting people (DOMAIN.md), and the only way for minors. The grid
edits the event's unnamed group; cells are set, not added to, so typing the same count on two laptops
gives one figure after sync.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.vocab import AGE_BANDS, SEXES
from fieldkit.ui.errors import error_text
from fieldkit.ui.events_table import AGE_BAND_LABELS, SEX_LABELS
from fieldkit.ui.formats import count_text, format_count
from fieldkit.ui.labels import label

if TYPE_CHECKING:
    from fieldkit.services.records import EventRecord
    from fieldkit.ui.context import AppContext

MAX_COUNT = 100_000


class HeadcountPanel(QWidget):
    changed = Signal(str)  # event id, after the grid was saved

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_record: EventRecord | None = None
        self._saved: dict[tuple[str, str], int] = {}
        self._other_groups = 0
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        self._build()
        self.retranslate()

    def _build(self) -> None:
        grid = QGridLayout()
        self.band_labels = [QLabel(self) for _ in AGE_BANDS]
        self.sex_labels = [QLabel(self) for _ in SEXES]
        self.row_totals = [QLabel(self) for _ in SEXES]
        self.column_totals = [QLabel(self) for _ in AGE_BANDS]
        self.total_caption = QLabel(self)
        self.grand_total = QLabel(self)
        for column, caption in enumerate(self.band_labels, 1):
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(caption, 0, column)
        grid.addWidget(self.total_caption, 0, len(AGE_BANDS) + 1)
        for row, sex in enumerate(SEXES, 1):  # tab order: along each row, as on a paper form
            grid.addWidget(self.sex_labels[row - 1], row, 0)
            for column, band in enumerate(AGE_BANDS, 1):
                spin = QSpinBox(self)
                spin.setRange(0, MAX_COUNT)
                spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                spin.setMinimumWidth(56)
                spin.valueChanged.connect(self._update_totals)
                self.spins[(sex, band)] = spin
                grid.addWidget(spin, row, column)
            self.row_totals[row - 1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.row_totals[row - 1], row, len(AGE_BANDS) + 1)
        last = len(SEXES) + 1
        for column, total in enumerate(self.column_totals, 1):
            total.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(total, last, column)
        self.grand_total.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.grand_total, last, len(AGE_BANDS) + 1)
        self.total_row_caption = QLabel(self)
        grid.addWidget(self.total_row_caption, last, 0)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self)
        self.revert_button.clicked.connect(self.reload)
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), self, self.save, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def retranslate(self) -> None:
        for caption, band in zip(self.band_labels, AGE_BANDS, strict=True):
            caption.setText(label(AGE_BAND_LABELS, band))
        for caption, sex in zip(self.sex_labels, SEXES, strict=True):
            caption.setText(label(SEX_LABELS, sex))
        self.total_caption.setText(self.tr("Total"))
        self.total_row_caption.setText(self.tr("Total"))
        self.save_button.setText(self.tr("&Save headcount"))
        self.save_button.setToolTip(self.tr("Enter also saves"))
        self.revert_button.setText(self.tr("Re&vert"))
        self._show_note()

    # -- data -----------------------------------------------------------------------------------
    def set_event(self, event: EventRecord | None) -> None:
        if event is None or self.event_record is None or event.id != self.event_record.id:
            self.message.clear()
        self.event_record = event
        self.reload()

    def reload(self) -> None:
        from fieldkit.services.attendance import list_headcounts

        event = self.event_record
        rows = list_headcounts(self.context.require_store(), event.id) if event is not None else []
        self._saved = {(h.sex, h.age_band): h.count for h in rows if h.group_label == ""}
        self._other_groups = sum(h.count for h in rows if h.group_label != "")
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(self._saved.get(key, 0))
            spin.blockSignals(False)
        self.setEnabled(self.event_record is not None)
        self._update_totals()
        self._show_note()

    def counts(self) -> dict[tuple[str, str], int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def has_unsaved_counts(self) -> bool:
        return any(value != self._saved.get(key, 0) for key, value in self.counts().items())

    def _show_note(self) -> None:
        text = self.tr("People counted without names. Pupils and other under-18s are only ever counted here.")
        if self._other_groups:
            extra = self.tr("A further %1 are counted in named groups (not shown here).")
            text = f"{text} {extra.replace('%1', format_count(self._other_groups))}"
        self.note.setText(text)

    def _update_totals(self) -> None:
        counts = self.counts()
        for total, sex in zip(self.row_totals, SEXES, strict=True):
            total.setText(format_count(sum(counts[(sex, band)] for band in AGE_BANDS)))
        for total, band in zip(self.column_totals, AGE_BANDS, strict=True):
            total.setText(format_count(sum(counts[(sex, band)] for sex in SEXES)))
        self.grand_total.setText(f"<b>{format_count(sum(counts.values()))}</b>")

    def save(self) -> None:
        from fieldkit.services.attendance import set_headcounts
        from fieldkit.store.errors import KnownError

        if self.event_record is None:
            return
        for spin in self.spins.values():
            spin.interpretText()  # a number typed but not yet committed counts too
        counts = self.counts()
        try:
            set_headcounts(self.context.require_store(), self.event_record.id, counts)
        except KnownError as exc:
            self.message.setText(error_text(exc))
            return
        self._saved = {key: value for key, value in counts.items() if value or key in self._saved}
        total = sum(counts.values())
        self.message.setText(count_text(self.tr("Saved: %n people counted.", "", total), total))
        self.changed.emit(self.event_record.id)
