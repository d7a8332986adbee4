"""The filter bar of the Reports screen: period, place, economic region, agency, event kind, pillar,
material and location type (``fieldkit.services.report_filters.ReportFilters``), and, for
coordinators, the switch that shows small counts for internal use.

The bar holds ids, never names: it is filled from the store's places, agencies and materials in the
UI language, and ``current_filters`` reads what is chosen. Any change emits ``changed``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QPushButton, QWidget

from fieldkit.services.records import AgencyRecord, LocationRecord, MaterialRecord
from fieldkit.services.report_filters import LOCATION_TYPES, TYPE_LABELS, ReportFilters
from fieldkit.services.vocab import EVENT_KINDS, PILLARS
from fieldkit.ui.events_table import PILLAR_LABELS
from fieldkit.ui.formats import set_date_format
from fieldkit.ui.labels import EVENT_KIND_LABELS, label
from fieldkit.ui.periods import period_range
from fieldkit.ui.report_models import report_text
from fieldkit.ui.stock_dialogs import LocationPicker, location_choices
from fieldkit.ui.stock_models import material_title
from fieldkit.ui.widgets import refill, reset

PERIODS = {
    "any": QT_TRANSLATE_NOOP("ReportFilterBar", "Any time"),
    "this-month": QT_TRANSLATE_NOOP("ReportFilterBar", "This month"),
    "last-month": QT_TRANSLATE_NOOP("ReportFilterBar", "Last month"),
    "this-quarter": QT_TRANSLATE_NOOP("ReportFilterBar", "This quarter"),
    "last-quarter": QT_TRANSLATE_NOOP("ReportFilterBar", "Last quarter"),
    "this-year": QT_TRANSLATE_NOOP("ReportFilterBar", "This year"),
    "last-year": QT_TRANSLATE_NOOP("ReportFilterBar", "Last year"),
    "custom": QT_TRANSLATE_NOOP("ReportFilterBar", "Dates…"),
}


def _name(record: AgencyRecord | LocationRecord, language: str) -> str:
    return {"en": record.name_en, "ru": record.name_ru}.get(language) or record.name_az


class ReportFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regions: list[tuple[str, str]] = []
        self._agencies: list[tuple[str, str]] = []
        self._materials: list[tuple[str, str]] = []
        self._coordinator = False
        self._filling = False  # the lists are being filled: not a change of filter
        self.period_combo = QComboBox(self)
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        today = QDate.currentDate()
        for edit, date in ((self.from_edit, QDate(today.year(), 1, 1)), (self.to_edit, today)):
            edit.setCalendarPopup(True)
            set_date_format(edit)
            edit.setDate(date)
            edit.dateChanged.connect(self._changed)
            edit.hide()
        self.place_picker = LocationPicker(self)
        self.place_picker.setMinimumContentsLength(14)
        self.place_picker.location_changed.connect(self._changed)
        editor = self.place_picker.lineEdit()
        if editor is not None:
            editor.editingFinished.connect(self._changed)
        self.region_combo = QComboBox(self)
        self.agency_combo = QComboBox(self)
        self.kind_combo = QComboBox(self)
        self.pillar_combo = QComboBox(self)
        self.material_combo = QComboBox(self)
        self.location_type_combo = QComboBox(self)
        for combo in self.combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._changed)
        self.suppression_box = QCheckBox(self)
        self.suppression_box.toggled.connect(self._changed)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        period = QHBoxLayout()
        for widget in (self.period_combo, self.from_edit, self.to_edit):
            period.addWidget(widget)
        grid.addLayout(period, 0, 0)
        grid.addWidget(self.place_picker, 0, 1)
        grid.addWidget(self.region_combo, 0, 2)
        grid.addWidget(self.agency_combo, 0, 3)
        grid.addWidget(self.kind_combo, 1, 0)
        grid.addWidget(self.pillar_combo, 1, 1)
        grid.addWidget(self.material_combo, 1, 2)
        grid.addWidget(self.location_type_combo, 1, 3)
        tail = QHBoxLayout()
        tail.addWidget(self.suppression_box)
        tail.addStretch(1)
        tail.addWidget(self.clear_button)
        grid.addLayout(tail, 0, 4, 2, 1)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.set_coordinator(False)

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.period_combo, self.region_combo, self.agency_combo, self.kind_combo, self.pillar_combo,
                self.material_combo, self.location_type_combo)  # fmt: skip

    def tab_chain(self) -> list[QWidget]:
        return [self.period_combo, self.from_edit, self.to_edit, self.place_picker, self.region_combo,
                self.agency_combo, self.kind_combo, self.pillar_combo, self.material_combo,
                self.location_type_combo, self.suppression_box, self.clear_button]  # fmt: skip

    def retranslate(self) -> None:
        self.from_edit.setToolTip(self.tr("From"))
        self.to_edit.setToolTip(self.tr("To (inclusive)"))
        for edit in (self.from_edit, self.to_edit):
            set_date_format(edit)
        editor = self.place_picker.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("All places"))
        self.place_picker.setToolTip(self.tr("A district, city or other place, and every place in it"))
        tips = (
            (self.period_combo, self.tr("Period")),
            (self.region_combo, self.tr("Economic region")),
            (self.agency_combo, self.tr("Agency of the people counted, or organiser or partner of the events")),
            (self.kind_combo, self.tr("Event kind")),
            (self.pillar_combo, self.tr("Pillar (4P)")),
            (self.material_combo, self.tr("Material")),
            (self.location_type_combo, self.tr("Where materials were handed out")),
        )
        for combo, tip in tips:
            combo.setToolTip(tip)
        self.suppression_box.setText(self.tr("Show small counts (internal use)"))
        self.suppression_box.setToolTip(
            self.tr("Counts of people from 1 to 4 are hidden (<5) unless this is ticked. Never send them to donors.")
        )
        self.clear_button.setText(self.tr("C&lear filters"))
        self._fill_combos()

    def set_coordinator(self, coordinator: bool) -> None:
        """Only a coordinator may show small counts, and only for internal use."""
        self.suppression_box.setVisible(coordinator)
        if not coordinator and self.suppression_box.isChecked():
            self.suppression_box.setChecked(False)
        self._coordinator = coordinator

    def set_choices(
        self,
        places: list[LocationRecord],
        agencies: list[AgencyRecord],
        material_records: list[MaterialRecord],
        language: str,
    ) -> None:
        """Fill the lists from the store, keeping what is chosen; no ``changed`` for it."""
        self._filling = True
        try:
            self.place_picker.set_locations(location_choices(places), language)
        finally:
            self._filling = False
        self._regions = [(p.id, _name(p, language)) for p in places if p.kind == "economic-region"]
        self._agencies = []
        for a in agencies:
            name = _name(a, language)
            self._agencies.append((a.id, f"{a.abbreviation} — {name}" if a.abbreviation not in ("", name) else name))
        self._materials = [(m.id, f"{m.code} — {material_title(m, language)}") for m in material_records]
        self._fill_combos()

    def _fill_combos(self) -> None:
        choices: list[tuple[QComboBox, str, list[tuple[str, str]]]] = [
            (
                self.period_combo,
                "",
                [(k, QCoreApplication.translate("ReportFilterBar", str(v))) for k, v in PERIODS.items()],
            ),
            (self.region_combo, self.tr("All economic regions"), self._regions),
            (self.agency_combo, self.tr("All agencies"), self._agencies),
            (self.kind_combo, self.tr("All event kinds"), [(k, label(EVENT_KIND_LABELS, k)) for k in EVENT_KINDS]),
            (self.pillar_combo, self.tr("All pillars"), [(k, label(PILLAR_LABELS, k)) for k in PILLARS]),
            (self.material_combo, self.tr("All materials"), self._materials),
            (
                self.location_type_combo,
                self.tr("All location types"),
                [(k, report_text(TYPE_LABELS[k])) for k in LOCATION_TYPES if k != "economic-region"],
            ),
        ]
        for combo, anything, items in choices:
            refill(combo, items, anything)

    def current_filters(self) -> ReportFilters:
        """The filters as the bar shows them (a typed place that names none is no filter)."""
        period = self.period_combo.currentData() or "any"
        if period == "custom":
            date_from: dt.date | None = self.from_edit.date().toPython()  # type: ignore[assignment]
            date_to: dt.date | None = self.to_edit.date().toPython()  # type: ignore[assignment]
        else:
            date_from, date_to = period_range(period, dt.date.today())
        return ReportFilters(
            date_from=date_from,
            date_to=date_to,
            region_id=self.place_picker.location_id(),
            economic_region_id=self.region_combo.currentData(),
            agency_id=self.agency_combo.currentData(),
            event_kind=self.kind_combo.currentData(),
            pillar=self.pillar_combo.currentData(),
            material_id=self.material_combo.currentData(),
            location_type=self.location_type_combo.currentData(),
        )

    def suppress(self) -> bool:
        """Small-cell suppression: always on for officers, on unless a coordinator turned it off."""
        return not (self._coordinator and self.suppression_box.isChecked())

    def _changed(self, *_args: object) -> None:
        if self._filling:
            return
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        self.changed.emit()

    def clear(self) -> None:
        """Every filter back to "all" (suppression stays as it is)."""
        reset(self.combos())
        self.place_picker.blockSignals(True)
        self.place_picker.set_location_id(None)
        self.place_picker.blockSignals(False)
        self._changed()
