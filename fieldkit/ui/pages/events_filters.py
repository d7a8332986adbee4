"""The Events screen's filter row: period (or two dates), economic region, kind, pillar and status, and
the button that clears them. With the page's typed text it makes the ``EventFilter`` the list is shown
through.

The row's strings keep the ``EventsPage`` translation context they had before it was split from the
page, so the existing translations still apply.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QPushButton, QWidget

from fieldkit.services.vocab import EVENT_KINDS, EVENT_STATUSES, PILLARS
from fieldkit.ui.events_table import PILLAR_LABELS, EventFilter
from fieldkit.ui.formats import set_date_format
from fieldkit.ui.labels import EVENT_KIND_LABELS, EVENT_STATUS_LABELS, label
from fieldkit.ui.periods import period_range
from fieldkit.ui.widgets import refill, reset

PERIODS = {
    "any": QT_TRANSLATE_NOOP("EventsPage", "Any time"),
    "upcoming": QT_TRANSLATE_NOOP("EventsPage", "Today and later"),
    "last-30": QT_TRANSLATE_NOOP("EventsPage", "Last 30 days"),
    "this-month": QT_TRANSLATE_NOOP("EventsPage", "This month"),
    "this-year": QT_TRANSLATE_NOOP("EventsPage", "This year"),
    "last-year": QT_TRANSLATE_NOOP("EventsPage", "Last year"),
    "custom": QT_TRANSLATE_NOOP("EventsPage", "Dates…"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventsPage", text)


class EventsFilterBar(QWidget):
    #: a filter changed: apply them now
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regions: list[tuple[str, str]] = []
        self.period_combo = QComboBox(self)
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        today = QDate.currentDate()
        for edit, date in ((self.from_edit, today.addMonths(-1)), (self.to_edit, today)):
            edit.setCalendarPopup(True)
            set_date_format(edit)
            edit.setDate(date)
            edit.dateChanged.connect(self._changed)
            edit.hide()
        self.region_combo = QComboBox(self)
        self.kind_combo = QComboBox(self)
        self.pillar_combo = QComboBox(self)
        self.status_combo = QComboBox(self)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._changed)
        self.clear_button = QPushButton(self)  # the page connects it: it clears the typed text too

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.period_combo, self.from_edit, self.to_edit, self.region_combo, self.kind_combo):
            layout.addWidget(widget)
        layout.addWidget(self.pillar_combo)
        layout.addWidget(self.status_combo)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.period_combo, self.region_combo, self.kind_combo, self.pillar_combo, self.status_combo)

    def retranslate(self) -> None:
        self.from_edit.setToolTip(_tr("From"))
        self.to_edit.setToolTip(_tr("To"))
        for edit in (self.from_edit, self.to_edit):
            set_date_format(edit)
        self.clear_button.setText(_tr("C&lear filters"))
        self._fill_filter_combos()

    def set_regions(self, regions: list[tuple[str, str]]) -> None:
        """The economic regions to choose from: (id, name in the current language)."""
        self._regions = regions
        self._fill_filter_combos()

    def _fill_filter_combos(self) -> None:
        periods = [(k, QCoreApplication.translate("EventsPage", str(v))) for k, v in PERIODS.items()]
        choices: list[tuple[QComboBox, str, list[tuple[str, str]]]] = [
            (self.period_combo, "", periods),
            (self.region_combo, _tr("All regions"), self._regions),
            (self.kind_combo, _tr("All kinds"), [(k, label(EVENT_KIND_LABELS, k)) for k in EVENT_KINDS]),
            (self.pillar_combo, _tr("All pillars"), [(k, label(PILLAR_LABELS, k)) for k in PILLARS]),
            (self.status_combo, _tr("Any status"), [(k, label(EVENT_STATUS_LABELS, k)) for k in EVENT_STATUSES]),
        ]
        for combo, anything, items in choices:
            refill(combo, items, anything)
        self.region_combo.setToolTip(_tr("Economic region"))

    def filter_for(self, text: str) -> EventFilter:
        """The chosen filters, with ``text`` typed in the search box."""
        period = self.period_combo.currentData() or "any"
        if period == "custom":
            date_from: dt.date | None = self.from_edit.date().toPython()  # type: ignore[assignment]
            date_to: dt.date | None = self.to_edit.date().toPython()  # type: ignore[assignment]
        else:
            date_from, date_to = period_range(period, dt.date.today())
        return EventFilter(
            text=text,
            date_from=date_from,
            date_to=date_to,
            region_id=self.region_combo.currentData(),
            kind=self.kind_combo.currentData(),
            pillar=self.pillar_combo.currentData(),
            status=self.status_combo.currentData(),
        )

    def show_dates_if_custom(self) -> None:
        """The two dates are shown only for the "Dates…" period."""
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)

    def clear(self) -> None:
        """Every filter back to its first choice, without announcing it (the caller applies the filters)."""
        reset(self._combos())

    def _changed(self) -> None:
        self.changed.emit()
