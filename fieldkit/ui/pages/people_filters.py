"""The People screen's filter bar: a typed name (Azerbaijani-aware), region, sex and age band, and the
button that clears them. It turns what is chosen into a ``ParticipantQuery`` for the page's model.

A typed name is applied 150 ms after the last keystroke (Enter applies it at once); a chosen region, sex
or age band at once. The region list is read from the store when the filter is first used, not while the
screen is built. The bar's strings keep the ``PeoplePage`` translation context they had before it was
split from the page, so the existing translations still apply.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from fieldkit.services.participants import ParticipantQuery
from fieldkit.services.vocab import AGE_BANDS, MINOR_AGE_BANDS, SEXES
from fieldkit.ui.context import AppContext
from fieldkit.ui.labels import label
from fieldkit.ui.participants_model import AGE_BAND_LABELS, SEX_LABELS
from fieldkit.ui.widgets import refill, reset

if TYPE_CHECKING:
    from fieldkit.services.participants import Choice

FILTER_DELAY_MS = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePage", text)


class _RegionFilter(QComboBox):
    """The region filter reads its hundred-odd places when it is first opened, focused or scrolled,
    not while the screen is being built (a closed combo box shows only "All regions")."""

    def __init__(self, load: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load

    def showPopup(self) -> None:
        self._load()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._load()
        super().focusInEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._load()
        super().wheelEvent(event)


class PeopleFilterBar(QWidget):
    #: the filters changed: apply them now
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._regions: list[Choice] = []
        self._regions_stale = True  # the region list is read when the filter is first used
        self.search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.search_edit.returnPressed.connect(self.changed)
        self.region_combo = _RegionFilter(self.load_regions_if_stale, self)
        self.region_combo.setMinimumContentsLength(14)
        self.region_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sex_combo = QComboBox(self)
        self.age_combo = QComboBox(self)
        for combo in (self.region_combo, self.sex_combo, self.age_combo):
            combo.currentIndexChanged.connect(self._choice_changed)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self._clear_clicked)
        self.search_edit.setMinimumWidth(200)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search_edit, 2)
        layout.addWidget(self.region_combo, 1)
        layout.addWidget(self.sex_combo)
        layout.addWidget(self.age_combo)
        layout.addWidget(self.clear_button)

    def retranslate(self) -> None:
        self.search_label.setText(_tr("&Find:"))
        self.search_edit.setPlaceholderText(_tr("Name, typed any way: Əliyeva, Aliyeva, Алиева (Ctrl+F)"))
        self.region_combo.setToolTip(_tr("Region (includes its districts)"))
        self.sex_combo.setToolTip(_tr("Sex"))
        self.age_combo.setToolTip(_tr("Age band"))
        self.clear_button.setText(_tr("C&lear filters"))
        self._fill_filter_combos()
        if self._regions:  # their names in the new language
            self.load_regions()

    def _fill_filter_combos(self) -> None:
        adult_bands = [b for b in AGE_BANDS if b not in MINOR_AGE_BANDS]
        choices: list[tuple[QComboBox, str, list[tuple[str, str]]]] = [
            (self.region_combo, _tr("All regions"), [(c.id, c.label) for c in self._regions]),
            (self.sex_combo, _tr("Any sex"), [(s, label(SEX_LABELS, s)) for s in SEXES]),
            (self.age_combo, _tr("Any age"), [(b, label(AGE_BAND_LABELS, b)) for b in adult_bands]),
        ]
        for combo, anything, items in choices:
            refill(combo, items, anything)

    # -- regions --------------------------------------------------------------------------------
    def mark_regions_stale(self) -> None:
        """Places may have been added or renamed: read them on next use."""
        self._regions_stale = True

    def load_regions_if_stale(self) -> None:
        if self._regions_stale:
            self.load_regions()

    def load_regions(self) -> None:
        """Fill the region filter from the store (places can be added or renamed by a sync)."""
        from fieldkit.services.participants import region_choices

        if self.context.store is None:
            return
        self._regions_stale = False
        regions = region_choices(self.context.store, self.context.settings.language)
        if regions != self._regions:
            self._regions = regions
            self._fill_filter_combos()

    # -- the query ------------------------------------------------------------------------------
    def query(self, sorted_as: ParticipantQuery) -> ParticipantQuery:
        """The chosen filters, sorted as ``sorted_as`` is."""
        return ParticipantQuery(
            text=self.search_edit.text().strip(),
            region_id=self.region_combo.currentData(),
            sex=self.sex_combo.currentData(),
            age_band=self.age_combo.currentData(),
            sort=sorted_as.sort,
            descending=sorted_as.descending,
        )

    def cancel_delay(self) -> None:
        """The filters are being applied now: the typed name need not wait any longer."""
        self._filter_timer.stop()

    def clear(self) -> None:
        """Every filter back to "any", without announcing it (the caller applies the filters)."""
        reset((self.region_combo, self.sex_combo, self.age_combo))
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _choice_changed(self) -> None:
        self.changed.emit()

    def _clear_clicked(self) -> None:
        self.clear()
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Esc in the filter box clears it
        if event.key() == Qt.Key.Key_Escape and self.search_edit.hasFocus() and self.search_edit.text():
            self.search_edit.clear()
            self.changed.emit()
            return
        super().keyPressEvent(event)
