"""Donor exports of an indicator report (XLSX, CSV, PDF), the raw export's entry point, and the audit log.

* **XLSX**: a Summary sheet (filters, date, headline figures), then one sheet per indicator: a header
  block (title, code, definition, generation date, filters, suppression), then its tables. Counts are
  numbers; a suppressed count is the text "<5".
* **CSV**: a folder. ``report.csv`` holds the header block (title, generation date, device, suppression,
  each filter) and lists the tables; each table is its own rectangular file,
  ``<indicator>.<table>.csv`` (one header row, then the rows), so a spreadsheet or a statistics package
  reads it as is. UTF-8 with a byte-order mark, which Excel needs to show Azerbaijani letters.
* **PDF**: ``report_pdf``.
* Donor exports hold aggregates only: no names, phones or e-mails ever reach them (the report records
  carry none). The raw export for analysts is ``report_raw``.

Audit: every export is recorded in the store's audit log (``fieldkit.services.audit``): who (the
device), when, what, the format and path, the filters, whether small cells were suppressed, and the
row counts.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from fieldkit.services.report_tables import TOTAL, Indicator, Table, is_hidden
from fieldkit.services.reports import Report
from fieldkit.store.engine import Store

REPORT_TITLE = "Field Kit indicator report"
SUPPRESSION_ON = (
    "On: counts of people from 1 to 4 (by sex, by agency) are shown as <5; x marks a count hidden so that "
    "no <5 can be worked out from the totals."
)
SUPPRESSION_OFF = "OFF: small counts are shown. For internal use only; do not send to donors."
SHEET_NAMES = {
    "events_held": "Events held",
    "people_trained": "PS.5.3-15 Trained",
    "first_responders_trained": "PS.5.1-28 First responders",
    "participants_by_agency": "Participants by agency",
    "reach": "Reach",
    "materials_distributed": "Materials distributed",
    "stock_on_hand": "Stock on hand",
    "print_runs": "Print runs",
    "awareness_scores": "Awareness scores",
}
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
_RIGHT = Alignment(horizontal="right")
_MAX_WIDTH = 60


def header_lines(report: Report) -> list[tuple[str, str]]:
    """The header block every export carries: date, device, filters, suppression."""
    lines = [("Generated", report.generated_at), ("Generated on device", report.device)]
    lines += [(f"Filter: {name}", value) for name, value in report.filter_lines]
    lines.append(("Small-cell suppression", SUPPRESSION_ON if report.suppression else SUPPRESSION_OFF))
    return lines


def _title(ind: Indicator) -> str:
    return f"{ind.code} — {ind.title}" if ind.code else ind.title


# -- XLSX --------------------------------------------------------------------------------------------


def _cell(ws: Worksheet, row: int, col: int, value: Any, *, bold: bool = False) -> None:
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, int):
        cell.number_format = "#,##0"
    elif is_hidden(value):
        cell.alignment = _RIGHT
    if bold:
        cell.font = _BOLD


def _write_table(ws: Worksheet, row: int, table: Table, widths: dict[int, int]) -> int:
    ws.cell(row=row, column=1, value=table.title).font = _BOLD
    row += 1
    for col, heading in enumerate(table.columns, start=1):
        cell = ws.cell(row=row, column=col, value=heading)
        cell.font, cell.fill = _BOLD, _HEAD_FILL
        widths[col] = max(widths.get(col, 0), len(heading))
    for values in table.rows:
        row += 1
        total = values[0] == TOTAL
        for col, value in enumerate(values, start=1):
            _cell(ws, row, col, value, bold=total)
            shown = f"{value:,}" if isinstance(value, int) else str(value or "")
            widths[col] = max(widths.get(col, 0), len(shown))
    if not table.rows:
        row += 1
        ws.cell(row=row, column=1, value="(no rows)")
    return row + 2


def _header_block(ws: Worksheet, title: str, lines: list[tuple[str, Any]]) -> int:
    ws.cell(row=1, column=1, value=title).font = _TITLE
    row = 2
    for label, value in lines:
        ws.cell(row=row, column=1, value=label).font = _BOLD
        _cell(ws, row, 2, value, bold=not isinstance(value, str) or is_hidden(value))
        row += 1
    return row + 1


def _set_widths(ws: Worksheet, widths: dict[int, int]) -> None:
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(_MAX_WIDTH, max(10, width + 2))


def write_xlsx(report: Report, out: Path) -> None:
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = "Summary"
    row = _header_block(summary, REPORT_TITLE, header_lines(report))
    figures = Table(
        "figures",
        "Headline figures",
        ("Indicator", "Code", "Figure", "Value"),
        3,
        tuple((ind.title, ind.code or "", label, value) for ind in report.indicators for label, value in ind.figures),
    )
    widths: dict[int, int] = {1: 24}
    _write_table(summary, row, figures, widths)
    _set_widths(summary, widths)
    for ind in report.indicators:
        ws = wb.create_sheet(SHEET_NAMES.get(ind.key, ind.key)[:31])
        lines: list[tuple[str, Any]] = [("Indicator code", ind.code or "—"), ("Definition", ind.definition)]
        lines += list(ind.figures)
        lines += header_lines(report) + [("Note", note) for note in ind.notes]
        row = _header_block(ws, _title(ind), lines)
        widths = {1: 24}
        for table in ind.tables:
            row = _write_table(ws, row, table, widths)
        _set_widths(ws, widths)
    save_atomic(out, wb.save)


# -- CSV ---------------------------------------------------------------------------------------------


def csv_name(ind: Indicator, table: Table) -> str:
    return f"{ind.key}.{table.key}.csv"


def _write_csv(path: Path, rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def write_csv(report: Report, out: Path) -> None:
    """A folder of CSV files: ``report.csv`` and one file per table (see the module notes)."""
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        meta: list[list[Any]] = [["field", "value"], ["title", REPORT_TITLE]]
        meta += [[label, value] for label, value in header_lines(report)]
        for ind in report.indicators:
            meta += [[f"{ind.key}: {label}", value] for label, value in ind.figures]
            for table in ind.tables:
                name = csv_name(ind, table)
                meta.append([f"{ind.key}: table", f"{name} ({_title(ind)}, {table.title})"])
                _write_csv(work / name, [list(table.columns), *[list(r) for r in table.rows]])
            meta += [[f"{ind.key}: note", note] for note in ind.notes]
        _write_csv(work / "report.csv", meta)
        if out.exists():
            shutil.rmtree(out) if out.is_dir() else out.unlink()
        os.replace(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


# -- writing and auditing ----------------------------------------------------------------------------


def save_atomic(out: Path, save: Any) -> None:
    """Write through a temporary file beside ``out``, then rename: never a half-written export."""
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    try:
        save(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def append_audit(store: Store, what: str, **details: Any) -> dict[str, Any]:
    """Record an export in the audit log; the entry as a dict (``what`` and the details, with ``when``,
    ``who``, ``device_id`` and the entry's ``audit_id``). A raw export is a ``raw_export`` action and
    everything else an ``export`` of kind ``what``."""
    from fieldkit.services import audit

    action = "raw_export" if what == "raw-export" else "export"
    entry = audit.record(store, action, {"kind": what, **details})
    who = {"audit_id": entry.id, "when": entry.at, "who": entry.actor, "device_id": entry.device_id}
    return {**who, "what": what, **details}


def export_report(store: Store, report: Report, fmt: str, out: Path) -> dict[str, Any]:
    """Write a donor export (xlsx, csv or pdf) of ``report`` to ``out`` and audit it."""
    out = out.expanduser()
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        write_xlsx(report, out)
    elif fmt == "csv":
        write_csv(report, out)
    elif fmt == "pdf":
        from fieldkit.services.report_pdf import write_pdf

        save_atomic(out, lambda tmp: write_pdf(report, Path(tmp)))
    else:
        raise ValueError(f"unknown report format {fmt!r}")
    rows = {ind.key: sum(len(t.rows) for t in ind.tables) for ind in report.indicators}
    return append_audit(
        store,
        "donor-report",
        format=fmt,
        path=str(out.resolve()),
        filters=report.filters.as_dict(),
        filters_in_words=dict(report.filter_lines),
        suppression=report.suppression,
        rows=rows,
    )
