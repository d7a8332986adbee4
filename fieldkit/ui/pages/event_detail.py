"""The right-hand pane of the Events screen: a hint until an event is chosen, then the event's title and
facts, the buttons that edit it, mark it held and print its sign-in sheet, a line for what just happened,
and the tabs for fast check-in and the headcount.

The pane holds the chosen event (the page reads it from here). Printing the sign-in sheet lives here
because its button and its message do. The pane's strings keep the ``EventsPage`` translation context
they had before it was split from the page, so the existing translations still apply.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.checkin import AttendancePanel
from fieldkit.ui.context import AppContext
from fieldkit.ui.events_table import PILLAR_LABELS
from fieldkit.ui.formats import format_date_range
from fieldkit.ui.headcount import HeadcountPanel
from fieldkit.ui.labels import EVENT_KIND_LABELS, EVENT_STATUS_LABELS, label
from fieldkit.ui.progress import run_with_progress

if TYPE_CHECKING:
    from fieldkit.services.leaflets import LeafletOutcome
    from fieldkit.services.records import EventRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventsPage", text)


class EventDetail(QStackedWidget):
    """Page 0 is the hint, page 1 the chosen event."""

    edit_requested = Signal()
    held_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_record: EventRecord | None = None
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        detail = QWidget(self)
        self.title_label = QLabel(detail)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.info_label = QLabel(detail)
        self.info_label.setWordWrap(True)
        self.edit_button = QPushButton(detail)
        self.edit_button.clicked.connect(self.edit_requested)
        self.held_button = QPushButton(detail)
        self.held_button.clicked.connect(self.held_requested)
        self.print_button = QToolButton(detail)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_button.clicked.connect(lambda: self.print_sign_in_sheet(consent_columns=False))
        self.print_menu = QMenu(self.print_button)
        self.headcount_sheet_action = QAction(self.print_menu)
        self.headcount_sheet_action.triggered.connect(lambda: self.print_sign_in_sheet(consent_columns=False))
        self.named_sheet_action = QAction(self.print_menu)
        self.named_sheet_action.triggered.connect(lambda: self.print_sign_in_sheet(consent_columns=True))
        self.print_menu.addAction(self.headcount_sheet_action)
        self.print_menu.addAction(self.named_sheet_action)
        self.print_button.setMenu(self.print_menu)
        self.detail_message = QLabel(detail)
        self.detail_message.setWordWrap(True)
        self.detail_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget(detail)
        self.attendance = AttendancePanel(self.context, detail)
        self.headcount = HeadcountPanel(self.context, detail)
        self.tabs.addTab(self.attendance, "")
        # The grid scrolls rather than widening the detail pane (age bands run long in az and ru).
        self.headcount_scroll = QScrollArea(detail)
        self.headcount_scroll.setWidgetResizable(True)
        self.headcount_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.headcount_scroll.setWidget(self.headcount)
        self.tabs.addTab(self.headcount_scroll, "")

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.held_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.info_label)
        layout.addLayout(buttons)
        layout.addWidget(self.detail_message)
        layout.addWidget(self.tabs, 1)
        self.addWidget(self.placeholder)
        self.addWidget(detail)

    def retranslate(self) -> None:
        self.placeholder.setText(_tr("Choose an event to see who came, check people in and count them."))
        self.edit_button.setText(_tr("&Edit…"))
        self.edit_button.setToolTip(_tr("Change the event's details (Ctrl+E)"))
        self.held_button.setText(_tr("Mark as &held"))
        self.print_button.setText(_tr("&Print sign-in sheet…"))
        self.print_button.setToolTip(_tr("A paper sheet for when the laptop is not at hand, saved as PDF"))
        self.headcount_sheet_action.setText(_tr("Headcount sheet (no names)"))
        self.named_sheet_action.setText(_tr("Sheet with names, contacts and consent"))
        self.tabs.setTabText(0, _tr("A&ttendance"))
        self.tabs.setTabText(1, _tr("Hea&dcount"))
        self.attendance.retranslate()
        self.headcount.retranslate()

    def show_event(self, event: EventRecord | None, places: dict[str, str]) -> None:
        """Show ``event`` (None: the hint), its place named from ``places``. Another event than before
        clears the message and loads its people; the same one keeps what is being typed."""
        same = event is not None and self.event_record is not None and event.id == self.event_record.id
        self.event_record = event
        if not same:
            self.detail_message.clear()
        self._show_current(places)
        if event is None or not same or event != self.attendance.event_record:
            self.attendance.set_event(event)
            self.headcount.set_event(event)

    def _show_current(self, places: dict[str, str]) -> None:
        event = self.event_record
        self.setCurrentIndex(0 if event is None else 1)
        if event is None:
            return
        self.title_label.setText(event.title)
        dates = format_date_range(event.start_date, event.end_date)
        parts = [dates, places.get(event.location_id or "", ""), label(EVENT_KIND_LABELS, event.kind)]
        parts += [label(PILLAR_LABELS, event.pillar), label(EVENT_STATUS_LABELS, event.status)]
        if event.audience:
            parts.append(event.audience)
        self.info_label.setText(" · ".join(p for p in parts if p))
        self.held_button.setEnabled(event.status != "held")

    def focus_check_in(self) -> None:
        """The Attendance tab, with the cursor in its search box."""
        self.tabs.setCurrentWidget(self.attendance)
        self.attendance.find_edit.setFocus()

    def print_sign_in_sheet(self, consent_columns: bool = False) -> None:
        from fieldkit.services.helplines import list_helplines
        from fieldkit.services.leaflets import LeafletJob, render_leaflet

        event = self.event_record
        if event is None or self.context.store is None:
            return
        store = self.context.store
        helplines = list_helplines(store)
        chosen = [h.id for h in helplines if h.id == self.context.settings.default_helpline_id]
        helpline_id = chosen[0] if chosen else (helplines[0].id if helplines else None)
        if helpline_id is None:
            QMessageBox.warning(
                self,
                _tr("Print sign-in sheet"),
                _tr("No helpline is set up, and every sheet prints it. Add one in Settings first."),
            )
            return
        suggested = str(Path.home() / f"sign-in-{event.start_date.isoformat()}.pdf")
        name, _ = QFileDialog.getSaveFileName(self, _tr("Save the sign-in sheet"), suggested, _tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        languages = ("az",) if event.language == "az" else ("az", event.language)
        job = LeafletJob(
            template="signin", languages=languages, helpline=helpline_id, out_path=path, event_id=event.id,
            consent_columns=consent_columns, funder=self.context.settings.funder or None,
        )  # fmt: skip
        self.detail_message.clear()
        run_with_progress(
            self,
            self.context.runner,
            _tr("Printing the sign-in sheet"),
            lambda _task: render_leaflet(store, job),
            self._sheet_saved,
            on_failure=self.detail_message.setText,
        )

    def _sheet_saved(self, outcome: LeafletOutcome) -> None:
        text = QCoreApplication.translate("EventsPage", "Sign-in sheet saved: %1 (%n page(s)).", "", outcome.pages)
        self.detail_message.setText("\n".join([text.replace("%1", str(outcome.path)), *outcome.warnings]))
