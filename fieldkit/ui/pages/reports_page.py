"""The Reports screen: the indicators donors and the ministry count, filtered, as tables and charts, and
their exports (XLSX, a folder of CSV files, the PDF donor report; the raw records for analysts).

Everything is counted by the report services (``fieldkit.services.reports``), the same code as
``fieldkit report``: the screen builds the whole report off the GUI thread whenever the filters or the
data change, and choosing an indicator or a breakdown only shows what is already counted. Exports are
counted again in the worker, with place and agency names in English (the language of a donor report),
and each is recorded in the audit log by the service (``fieldkit.ui.report_exports``).

Small-cell suppression is on unless a coordinator turns it off for internal use; an export made with
it off says so in its header, and the screen asks first. The raw export (personal data) is for
coordinators only: officers do not see the button, and the screen refuses it for them anyway.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import locations, materials, reports
from fieldkit.services.report_filters import ReportFilters
from fieldkit.services.report_tables import Indicator, Table
from fieldkit.ui.context import EVENTS, PEOPLE, REFERENCE, STOCK, SYNC, AppContext
from fieldkit.ui.pages.base import Page
from fieldkit.ui.progress import run_with_progress
from fieldkit.ui.report_charts import ReportChart, chart_spec
from fieldkit.ui.report_exports import ReportExports
from fieldkit.ui.report_filter_bar import ReportFilterBar
from fieldkit.ui.report_models import (
    IndicatorsModel,
    ReportTableModel,
    cell_text,
    has_hidden,
    indicator_title,
    note_text,
    report_text,
)
from fieldkit.ui.tasks import TaskContext

NOTE_STYLE = "color: #5f6368;"
WARNING_STYLE = "background: #fff3cd; color: #5c4400; padding: 4px;"


class ReportsPage(Page):
    topics = frozenset({EVENTS, PEOPLE, STOCK, SYNC, REFERENCE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.report: reports.Report | None = None
        self._report_language = ""
        self._generation = 0
        self.exports = ReportExports(context, self, self._export_filters)
        self.exports.exported.connect(lambda text, warning: self.show_message(text, warning=warning))
        self._build()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._run_if_changed)

        self.filter_bar = ReportFilterBar(self)
        self.filter_bar.changed.connect(self._filters_changed)

        # the indicators on the left; the chosen one's breakdown, table and chart on the right
        self.indicators_model = IndicatorsModel(self)
        self.indicator_list = QListView(self)
        self.indicator_list.setModel(self.indicators_model)
        self.indicator_list.setWordWrap(True)
        self.indicator_list.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped titles re-laid out on resize
        self.indicator_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.indicator_list.setStyleSheet("QListView::item { padding-top: 3px; padding-bottom: 3px; }")
        self.indicator_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.indicator_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicator_list.setMinimumWidth(170)
        self.indicator_list.selectionModel().currentChanged.connect(lambda _c, _p: self._show_indicator())

        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: 600")
        self.figures_label = QLabel(self)
        self.figures_label.setWordWrap(True)
        self.figures_label.setStyleSheet("font-size: 11pt")
        self.figures_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(NOTE_STYLE)
        self.suppression_note = QLabel(self)
        self.suppression_note.setWordWrap(True)
        self.breakdown_label = QLabel(self)
        self.breakdown_combo = QComboBox(self)
        self.breakdown_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.breakdown_combo.currentIndexChanged.connect(lambda _i: self._show_table())
        self.breakdown_label.setBuddy(self.breakdown_combo)
        breakdown = QHBoxLayout()
        breakdown.addWidget(self.breakdown_label)
        breakdown.addWidget(self.breakdown_combo)
        breakdown.addStretch(1)

        self.table_model = ReportTableModel(self)
        self.table_view = QTableView(self)
        self.table_view.setModel(self.table_model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.verticalHeader().hide()
        self.table_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table_view.horizontalHeader().setStretchLastSection(False)
        self.table_view.setMinimumHeight(90)
        self.chart = ReportChart(self)
        self.body_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.body_splitter.addWidget(self.table_view)
        self.body_splitter.addWidget(self.chart)
        self.body_splitter.setChildrenCollapsible(False)
        self.body_splitter.setStretchFactor(0, 1)
        self.body_splitter.setStretchFactor(1, 1)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.figures_label)
        right_layout.addWidget(self.notes_label)
        right_layout.addWidget(self.suppression_note)
        right_layout.addLayout(breakdown)
        right_layout.addWidget(self.body_splitter, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.indicator_list)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([230, 900])

        # exports
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.clicked.connect(self.exports.export_xlsx)
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(self.exports.export_csv)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self.exports.export_pdf)
        self.raw_button = QPushButton(self)
        self.raw_button.clicked.connect(self.exports.export_raw)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        exports = QHBoxLayout()
        for button in (self.xlsx_button, self.csv_button, self.pdf_button):
            exports.addWidget(button)
        exports.addStretch(1)
        exports.addWidget(self.raw_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(exports)
        chain: list[QWidget] = [*self.filter_bar.tab_chain(), self.indicator_list, self.breakdown_combo,
                                self.table_view, self.xlsx_button, self.csv_button, self.pdf_button,
                                self.raw_button]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._apply_role()

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.filter_bar.retranslate()
        self.breakdown_label.setText(self.tr("&Breakdown:"))
        self.xlsx_button.setText(self.tr("Export &XLSX…"))
        self.xlsx_button.setToolTip(self.tr("Every indicator on its own sheet, with the filters and the date"))
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.csv_button.setToolTip(self.tr("A folder with one CSV file per table"))
        self.pdf_button.setText(self.tr("&Donor report (PDF)…"))
        self.pdf_button.setToolTip(self.tr("Tables and charts of every indicator, without personal data"))
        self.raw_button.setText(self.tr("&Raw data for analysts…"))
        self.raw_button.setToolTip(self.tr("The records behind the report, with personal data; the export is logged"))
        self.indicators_model.retranslate()
        self.table_model.retranslate()
        if self.report is not None:
            self._show_indicator()
            if self._report_language != self.context.settings.language:
                self._filters_changed()  # place and agency names in the new language
        else:
            self._show_empty()

    def _apply_role(self) -> None:
        coordinator = self.context.role == "coordinator"
        self.raw_button.setVisible(coordinator)
        self.filter_bar.set_coordinator(coordinator)

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        if store is None or not store.initialised:
            return
        self.stale = False
        self._apply_role()
        self.filter_bar.set_choices(
            locations.list_locations(store),
            locations.list_agencies(store),
            materials.list_materials(store, include_inactive=True),
            self.context.settings.language,
        )
        self.run_report()

    def current_filters(self) -> ReportFilters:
        return self.filter_bar.current_filters()

    def suppress(self) -> bool:
        return self.filter_bar.suppress()

    def _filters_changed(self) -> None:
        if self.context.store is not None and not self.stale:
            self._timer.start()

    def _run_if_changed(self) -> None:
        report = self.report
        if (
            report is None
            or report.filters != self.current_filters()
            or report.suppression != self.suppress()
            or self._report_language != self.context.settings.language
        ):
            self.run_report()

    def run_report(self) -> None:
        """Count every indicator for the filters shown, in the worker; the newest request wins."""
        self._timer.stop()
        store = self.context.store
        if store is None or not store.initialised:
            return
        filters = self.current_filters()
        if filters.date_from and filters.date_to and filters.date_to < filters.date_from:
            self.show_message(self.tr("The period ends before it starts."), warning=True)
            return
        suppress = self.suppress()
        language = self.context.settings.language
        self._generation += 1
        generation = self._generation
        counting = self.tr("Counting…")

        def work(task: TaskContext) -> reports.Report:
            task.progress(0, 0, counting)
            return reports.build_report(store, filters, suppress=suppress, lang=language)

        def done(report: reports.Report) -> None:
            if generation == self._generation:
                self._report_language = language
                self.show_report(report)

        run_with_progress(self, self.context.runner, self.tr("Counting the indicators"), work, done)

    def show_report(self, report: reports.Report) -> None:
        shown = self.current_indicator()
        key = shown.key if shown is not None else None
        self.report = report
        selection = self.indicator_list.selectionModel()
        selection.blockSignals(True)  # shown once, below
        self.indicators_model.set_indicators(report.indicators)
        self.select_indicator(key or (report.indicators[0].key if report.indicators else None))
        selection.blockSignals(False)
        self.indicator_list.viewport().update()
        self._show_indicator()

    # -- what is shown --------------------------------------------------------------------------
    def select_indicator(self, key: str | None) -> None:
        row = self.indicators_model.row_of(key)
        if row is None:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.indicator_list.selectionModel().setCurrentIndex(self.indicators_model.index(row, 0), flags)

    def current_indicator(self) -> Indicator | None:
        index = self.indicator_list.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.indicators_model.rowCount():
            return None
        return self.indicators_model.indicator(index.row())

    def select_table(self, key: str) -> None:
        index = self.breakdown_combo.findData(key)
        if index >= 0:
            self.breakdown_combo.setCurrentIndex(index)

    def current_table(self) -> Table | None:
        ind = self.current_indicator()
        key = self.breakdown_combo.currentData()
        if ind is None:
            return None
        return next((t for t in ind.tables if t.key == key), ind.tables[0] if ind.tables else None)

    def _show_empty(self) -> None:
        self.title_label.setText(self.tr("Reports"))
        self.figures_label.setText(self.tr("Counting starts when the screen opens."))
        self.notes_label.hide()
        self.suppression_note.hide()

    def _show_indicator(self) -> None:
        ind = self.current_indicator()
        if ind is None:
            self._show_empty()
            self.table_model.set_table(None)
            self.chart.show_spec(None)
            return
        title = indicator_title(ind)
        self.title_label.setText(f"{ind.code} — {title}" if ind.code else title)
        self.title_label.setToolTip(report_text(ind.definition))
        figures = [
            self.tr("%1: %2").replace("%1", report_text(name)).replace("%2", cell_text(value))
            for name, value in ind.figures
        ]
        self.figures_label.setText("    ".join(figures))
        self.figures_label.setVisible(bool(figures))
        notes = [note_text(n) for n in ind.notes]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        keep = self.breakdown_combo.currentData()
        self.breakdown_combo.blockSignals(True)
        self.breakdown_combo.clear()
        for table in ind.tables:
            self.breakdown_combo.addItem(report_text(table.title), table.key)
        self.breakdown_combo.setCurrentIndex(max(self.breakdown_combo.findData(keep), 0))
        self.breakdown_combo.blockSignals(False)
        self.breakdown_combo.setEnabled(len(ind.tables) > 1)
        self._show_table()

    def _show_table(self) -> None:
        table = self.current_table()
        self.table_model.set_table(table)
        header = self.table_view.horizontalHeader()
        if table is not None:
            for column in range(len(table.columns)):
                stretch = column == table.labels - 1
                mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
                header.setSectionResizeMode(column, mode)
        spec = chart_spec(table)
        self.chart.show_spec(spec)
        self.chart.setVisible(spec is not None)
        self._show_suppression(table)

    def _show_suppression(self, table: Table | None) -> None:
        report = self.report
        if report is not None and not report.suppression:
            self.suppression_note.setText(
                self.tr("Small counts are shown. For internal use only: do not send these figures to donors.")
            )
            self.suppression_note.setStyleSheet(WARNING_STYLE)
            self.suppression_note.show()
        elif has_hidden(table):
            self.suppression_note.setText(
                self.tr(
                    "Small-cell suppression: <5 stands for a count from 1 to 4, and x for a count hidden so "
                    "that a <5 cannot be worked out from the totals."
                )
            )
            self.suppression_note.setStyleSheet(NOTE_STYLE)
            self.suppression_note.show()
        else:
            self.suppression_note.hide()

    def show_message(self, text: str, *, warning: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a40000;" if warning else "color: #1d4d1d;")

    # -- exports --------------------------------------------------------------------------------
    def _export_filters(self) -> tuple[ReportFilters, bool]:
        """The filters and suppression of the report on screen (or of the bar, before one is counted)."""
        if self.report is not None:
            return self.report.filters, self.report.suppression
        return self.current_filters(), self.suppress()
