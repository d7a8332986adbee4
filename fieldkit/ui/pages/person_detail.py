"""The lower pane of the People screen: a hint until a person is chosen, then that person's details,
their consent, the buttons that edit, delete or withdraw consent, and the events they attended.

The details are built when the first person is chosen, not with the screen. What they show follows the
data-protection rules: without a consent record the pane says so in red and withholds the contacts. The
pane's strings keep the ``PeoplePage`` translation context they had before it was split from the page,
so the existing translations still apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.formats import format_date
from fieldkit.ui.labels import label
from fieldkit.ui.participants_model import (
    AGE_BAND_LABELS,
    EV_DATE,
    EV_LOCATION,
    EV_ROLE,
    EV_TITLE,
    SEX_LABELS,
    AttendedEventsModel,
    attended_events_proxy,
)

if TYPE_CHECKING:
    from fieldkit.services.participants import AttendedEvent, ParticipantRow
    from fieldkit.services.records import ParticipantRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePage", text)


class PersonDetail(QStackedWidget):
    """Page 0 is the hint, page 1 the chosen person (built on first use)."""

    edit_requested = Signal()
    delete_requested = Signal()
    withdraw_requested = Signal()

    def __init__(self, follows: QWidget, parent: QWidget | None = None) -> None:
        """``follows`` is the widget the pane's buttons come after in the tab order (the people table)."""
        super().__init__(parent)
        self._follows = follows
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.addWidget(self.placeholder)
        self.events_model = AttendedEventsModel(self)
        self._detail_built = False

    def _ensure_detail(self) -> None:
        if self._detail_built:
            return
        self._detail_built = True
        detail = QWidget(self)
        self.name_label = QLabel(detail)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.name_label.setFont(font)
        self.info_label = QLabel(detail)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label.setWordWrap(True)
        self.consent_label = QLabel(detail)
        self.consent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_label.setWordWrap(True)
        self.edit_button = QPushButton(detail)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button = QPushButton(detail)
        self.delete_button.clicked.connect(self.delete_requested)
        self.withdraw_button = QPushButton(detail)
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        self.events_label = QLabel(detail)
        self.events_proxy = attended_events_proxy(self.events_model, self)
        self.events_table = QTableView(detail)
        self.events_table.setModel(self.events_proxy)
        self.events_table.setSortingEnabled(True)
        self.events_table.sortByColumn(EV_DATE, Qt.SortOrder.DescendingOrder)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setWordWrap(False)
        self.events_table.verticalHeader().hide()
        self.events_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        events_header = self.events_table.horizontalHeader()
        events_header.setSectionResizeMode(EV_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((EV_DATE, 90), (EV_LOCATION, 160), (EV_ROLE, 110)):
            self.events_table.setColumnWidth(column, width)
        self.events_label.setBuddy(self.events_table)

        facts = QVBoxLayout()
        facts.addWidget(self.name_label)
        facts.addWidget(self.info_label)
        facts.addWidget(self.consent_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        facts.addLayout(buttons)
        facts.addStretch(1)
        events = QVBoxLayout()
        events.addWidget(self.events_label)
        events.addWidget(self.events_table, 1)
        layout = QHBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(facts, 2)
        layout.addLayout(events, 3)
        self.addWidget(detail)
        QWidget.setTabOrder(self._follows, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.events_table)
        self._retranslate_detail()

    def retranslate(self) -> None:
        self.placeholder.setText(
            _tr("Choose a person to see the events they attended. Enter or a double-click edits them.")
        )
        self.events_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.events_model.columnCount() - 1)
        if self._detail_built:
            self._retranslate_detail()

    def _retranslate_detail(self) -> None:
        self.edit_button.setText(_tr("&Edit…"))
        self.edit_button.setToolTip(_tr("Change the person's details (Enter, Ctrl+E)"))
        self.delete_button.setText(_tr("&Delete…"))
        self.delete_button.setToolTip(_tr("Delete this person's record (Del)"))
        self.withdraw_button.setText(_tr("&Withdraw consent…"))
        self.withdraw_button.setToolTip(
            _tr("The person withdrew consent: remove their name and contacts, keep them in the counts")
        )

    def set_events(self, attended: list[AttendedEvent]) -> None:
        self.events_model.set_events(attended)

    def show_person(self, person: ParticipantRecord | None, shown: ParticipantRow | None) -> None:
        """Show ``person`` (None: the hint); ``shown`` is their line in the table, if it is loaded (it
        names their agency and region)."""
        if person is None:
            self.setCurrentIndex(0)
            return
        self._ensure_detail()
        self.setCurrentIndex(1)
        self.name_label.setText(person.name)
        self.withdraw_button.setEnabled(person.consent_date is not None)
        parts = [label(SEX_LABELS, person.sex), label(AGE_BAND_LABELS, person.age_band)]
        if shown is not None:
            parts += [shown.agency, shown.region]
        parts.append(person.position)
        if person.consent_date is not None:
            parts += [person.phone or "", person.email or ""]
        self.info_label.setText(" · ".join(p for p in parts if p))
        if person.consent_date is None:
            self.consent_label.setText(
                _tr("No consent recorded: contacts are withheld. Record consent, or delete the person.")
            )
            self.consent_label.setStyleSheet("color: #b02020;")
        else:
            self.consent_label.setText(
                _tr("Consent given on %1 (text version %2)")
                .replace("%1", format_date(person.consent_date))
                .replace("%2", person.consent_text_version or "?")
            )
            self.consent_label.setStyleSheet("")
        count = self.events_model.rowCount()
        self.events_label.setText(QCoreApplication.translate("PeoplePage", "E&vents attended: %n", "", count))
