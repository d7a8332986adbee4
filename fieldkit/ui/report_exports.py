"""The exports of the Reports screen: XLSX, a folder of CSV files, the PDF donor report, and the raw
records for analysts (coordinators only), each asked for with a file dialog and written in the worker.

Each export is counted again in the worker for the filters on screen, with place and agency names in
English (the language of a donor report), and is recorded in the audit log by the service
(``report_export.export_report``, ``report_raw.write_raw``). An export with small counts shown is
confirmed first; the raw export warns that it holds personal data. A CSV export goes into a new
folder: it never replaces one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fieldkit.config import save_settings
from fieldkit.services import report_export, report_raw, reports
from fieldkit.services.report_filters import ReportFilters
from fieldkit.ui.context import AppContext
from fieldkit.ui.progress import run_with_progress
from fieldkit.ui.tasks import TaskContext

EXPORT_LANGUAGE = "en"  # donor reports are read in English; the screen shows names in the UI language
FOLDER_KEY = "report_folder"  # Settings.extra: where the last export went


def unique_path(path: Path) -> Path:
    """``path``, or ``path-2``, ``path-3`` … when it exists."""
    if not path.exists():
        return path
    n = 2
    while (candidate := path.with_name(f"{path.stem}-{n}{path.suffix}")).exists():
        n += 1
    return candidate


def with_suffix(path: Path, suffix: str) -> Path:
    """``report`` → ``report.xlsx``; a name that has the suffix is kept."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ReportExports(QObject):
    """Runs the exports for a screen; ``what`` gives the filters and suppression on screen."""

    exported = Signal(str, bool)  # the message to show, and whether it is a warning

    def __init__(self, context: AppContext, screen: QWidget, what: Callable[[], tuple[ReportFilters, bool]]) -> None:
        super().__init__(screen)
        self.context = context
        self.screen = screen
        self.what = what
        self.last_export: dict[str, object] | None = None  # the audit entry of the last export

    def _start_folder(self) -> Path:
        folder = self.context.settings.extra.get(FOLDER_KEY)
        return Path(folder) if isinstance(folder, str) and Path(folder).is_dir() else Path.home()

    def _remember_folder(self, folder: Path) -> None:
        self.context.settings.extra[FOLDER_KEY] = str(folder)
        save_settings(self.context.paths.settings, self.context.settings)  # no screen shows it: no notify

    def _default_name(self, suffix: str, stem: str = "fieldkit-report") -> str:
        return str(self._start_folder() / f"{stem}-{dt.date.today().isoformat()}{suffix}")

    def _confirm_unsuppressed(self, suppress: bool) -> bool:
        if suppress:
            return True
        answer = QMessageBox.question(
            self.screen,
            self.tr("Small counts are shown"),
            self.tr(
                "This export will show counts of people under 5. It is for internal use only: never send it "
                "to donors. Export anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- donor exports ---------------------------------------------------------------------------
    def export_xlsx(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.screen, self.tr("Export XLSX"), self._default_name(".xlsx"), self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self._export("xlsx", with_suffix(Path(name), ".xlsx"))

    def export_csv(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.screen, self.tr("Export CSV: choose where to put the folder of files"), str(self._start_folder())
        )
        if folder:
            self._export("csv", unique_path(Path(folder) / f"fieldkit-report-{dt.date.today().isoformat()}"))

    def export_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.screen, self.tr("Donor report (PDF)"), self._default_name(".pdf"), self.tr("PDF files (*.pdf)")
        )
        if name:
            self._export("pdf", with_suffix(Path(name), ".pdf"))

    def _export(self, fmt: str, out: Path) -> None:
        filters, suppress = self.what()
        if not self._confirm_unsuppressed(suppress):
            return
        store = self.context.require_store()
        counting, writing = self.tr("Counting…"), self.tr("Writing %1…").replace("%1", out.name)

        def work(task: TaskContext) -> dict[str, object]:
            task.progress(0, 2, counting)
            report = reports.build_report(store, filters, suppress=suppress, lang=EXPORT_LANGUAGE)
            task.progress(1, 2, writing)
            return report_export.export_report(store, report, fmt, out)

        def done(entry: dict[str, object]) -> None:
            self.last_export = entry
            self._remember_folder(out.parent)
            texts = {
                "xlsx": self.tr("Saved the XLSX report: %1"),
                "csv": self.tr("Saved the CSV files in the folder %1"),
                "pdf": self.tr("Saved the donor report: %1"),
            }
            self.exported.emit(texts[fmt].replace("%1", str(entry.get("path", out))), False)

        run_with_progress(self.screen, self.context.runner, self.tr("Exporting the report"), work, done)

    # -- the raw records -------------------------------------------------------------------------
    def export_raw(self) -> None:
        """The records behind the report for analysts: coordinators only, after a warning; audited."""
        title = self.tr("Raw data for analysts")
        if self.context.role != "coordinator":  # the service refuses too; the button is hidden anyway
            QMessageBox.warning(self.screen, title, self.tr("Only a coordinator can export the raw records."))
            return
        answer = QMessageBox.question(
            self.screen,
            title,
            self.tr(
                "The raw export holds personal data: names, positions, and the phones and e-mails of people who "
                "consented (columns marked [personal]). It is recorded in the audit log with this device's name.\n\n"
                "Keep the file on an encrypted drive, share it only with the analyst who needs it, and delete it "
                "when the work is done. Continue?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        xlsx_filter, csv_filter = self.tr("Excel workbooks (*.xlsx)"), self.tr("A folder of CSV files (*)")
        name, chosen = QFileDialog.getSaveFileName(
            self.screen, title, self._default_name(".xlsx", "fieldkit-raw"), f"{xlsx_filter};;{csv_filter}"
        )
        if not name:
            return
        out = Path(name)
        if chosen == csv_filter or (chosen != xlsx_filter and out.suffix.lower() != ".xlsx"):
            fmt, out = "csv", unique_path(out.with_suffix("") if out.suffix.lower() == ".xlsx" else out)
        else:
            fmt, out = "xlsx", with_suffix(out, ".xlsx")
        filters, suppress = self.what()
        store = self.context.require_store()
        writing = self.tr("Writing %1…").replace("%1", out.name)

        def work(task: TaskContext) -> dict[str, object]:
            task.progress(0, 0, writing)
            header = reports.report_header(store, filters, suppress=suppress, lang=EXPORT_LANGUAGE)
            return report_raw.write_raw(store, header, fmt, out, lang=EXPORT_LANGUAGE)

        def done(entry: dict[str, object]) -> None:
            self.last_export = entry
            self._remember_folder(out.parent)
            text = self.tr("Saved the raw records (personal data; recorded in the audit log): %1")
            self.exported.emit(text.replace("%1", str(entry.get("path", out))), True)

        run_with_progress(self.screen, self.context.runner, title, work, done)
