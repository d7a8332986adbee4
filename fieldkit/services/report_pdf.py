"""The donor report as a PDF (reportlab): a title page with the filters and the date, then one section
per indicator with its tables and a bar chart per breakdown.

Every piece of text names the bundled Noto Sans faces (``fieldkit.print.fonts``): reportlab's default
Helvetica has no Əə and is never embedded. Long tables for analysts (``Table.detail``) are left to the
XLSX and CSV exports. A suppressed count is drawn as an empty bar labelled "<5".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from fieldkit.print import fonts
from fieldkit.services.report_export import REPORT_TITLE, header_lines
from fieldkit.services.report_tables import TOTAL, Indicator, Table, Value, as_number, is_hidden
from fieldkit.services.reports import Report

NAVY = colors.HexColor("#1F3A5F")
BAR = colors.HexColor("#3C78B4")
HEAD = colors.HexColor("#DDE6F0")
GRID = colors.HexColor("#B8C4D0")
MAX_BARS = 30
MARGIN = 18 * mm


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()

    def style(name: str, size: float, font: str = fonts.REGULAR, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **kw)

    return {
        "title": style("title", 22, fonts.BOLD, textColor=NAVY, spaceAfter=6 * mm),
        "subtitle": style("subtitle", 12, textColor=NAVY, spaceAfter=8 * mm),
        "h1": style("h1", 15, fonts.BOLD, textColor=NAVY, spaceAfter=3 * mm),
        "h2": style("h2", 11, fonts.BOLD, textColor=NAVY, spaceBefore=4 * mm, spaceAfter=2 * mm),
        "body": style("body", 9.5, spaceAfter=2 * mm),
        "figure": style("figure", 11, fonts.BOLD, spaceAfter=1.5 * mm),
        "note": style("note", 8.5, fonts.ITALIC, textColor=colors.HexColor("#505A64"), spaceAfter=1.5 * mm),
        "cell": style("cell", 8),
        "cell_bold": style("cell_bold", 8, fonts.BOLD),
    }


def _shown(value: Value) -> str:
    if isinstance(value, int):
        return f"{value:,}"
    return "" if value is None else str(value)


def _pdf_table(table: Table, st: dict[str, ParagraphStyle], width: float, *, header: bool = True) -> PdfTable:
    """A table that repeats its heading on each page; labels wrap, counts align right."""
    head = [[Paragraph(escape(h), st["cell_bold"]) for h in table.columns]] if header else []
    body: list[list[Any]] = []
    for row in table.rows:
        cell_style = st["cell_bold"] if row and row[0] == TOTAL else st["cell"]
        body.append(
            [Paragraph(escape(_shown(v)), cell_style) if i < table.labels else _shown(v) for i, v in enumerate(row)]
        )
    if not body:
        body.append([Paragraph("(no rows)", st["cell"]), *([""] * (len(table.columns) - 1))])
    counts = len(table.columns) - table.labels
    count_w = min(24 * mm, width * 0.7 / max(counts, 1))
    label_w = min(70 * mm, (width - count_w * counts) / max(table.labels, 1))
    widths = [label_w] * table.labels + [count_w] * counts
    if not counts and table.labels == 2:  # a two-column text table (the title page): a narrow label column
        widths = [width * 0.3, width * 0.7]
    result = PdfTable([*head, *body], colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("ALIGN", (table.labels, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
    if table.rows and table.rows[-1][0] == TOTAL:
        commands.append(("FONTNAME", (0, -1), (-1, -1), fonts.BOLD))
    result.setStyle(TableStyle(commands))
    return result


def chart_series(table: Table, mode: str) -> list[tuple[str, Value]]:
    """(category, value) pairs: per row (label against the last count, the total row left out), or per
    count column (heading against the last row, the total column left out)."""
    if mode == "rows":
        return [(str(r[0]), r[-1]) for r in table.rows if r[0] != TOTAL]
    if not table.rows:
        return []
    last = table.rows[-1]
    return [(table.columns[i], last[i]) for i in range(table.labels, len(table.columns)) if table.columns[i] != TOTAL]


def bar_chart(series: list[tuple[str, Value]], width: float) -> Drawing | None:
    """Horizontal bars, one per category; a hidden value is an empty bar labelled "<5" or "x"."""
    if not any(as_number(v) for _, v in series):
        return None
    clipped = len(series) > MAX_BARS
    if clipped:  # the largest ones; a note says so
        series = sorted(series, key=lambda s: -(as_number(s[1]) or 0))[:MAX_BARS]
    bar_h = 13.0
    height = bar_h * len(series) + (24 if clipped else 12)
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)  # else its state starts in Helvetica
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 6
    chart.width, chart.height = width - 200, bar_h * len(series)
    chart.data = [[as_number(v) or 0 for _, v in reversed(series)]]
    chart.categoryAxis.categoryNames = [name[:34] for name, _ in reversed(series)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visible = False
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[_shown(v) for _, v in reversed(series)]]
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    if clipped:
        drawing.add(String(0, height - 9, f"The {MAX_BARS} largest shown.", fontName=fonts.ITALIC, fontSize=7))
    return drawing


def _section(ind: Indicator, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    title = f"{ind.code} — {ind.title}" if ind.code else ind.title
    flow: list[Flowable] = [Paragraph(escape(title), st["h1"]), Paragraph(escape(ind.definition), st["body"])]
    flow += [Paragraph(f"{escape(label)}: {escape(_shown(value))}", st["figure"]) for label, value in ind.figures]
    flow += [Paragraph(escape(note), st["note"]) for note in ind.notes]
    for table in ind.tables:
        if table.detail:
            flow.append(Paragraph(f"{escape(table.title)}: in the XLSX and CSV exports.", st["note"]))
            continue
        block: list[Flowable] = [Paragraph(escape(table.title), st["h2"]), _pdf_table(table, st, width)]
        for mode in table.chart:
            chart = bar_chart(chart_series(table, mode), width)
            if chart is not None:
                block += [Spacer(1, 3 * mm), chart]
        flow.append(KeepTogether(block) if len(table.rows) <= 25 else block[0])
        if len(table.rows) > 25:
            flow += block[1:]
    if any(is_hidden(v) for t in ind.tables for r in t.rows for v in r):
        note = "&lt;5: a count from 1 to 4. x: a count hidden so that no &lt;5 can be worked out from the totals."
        flow.append(Paragraph(note, st["note"]))
    flow.append(PageBreak())
    return flow


def _title_page(report: Report, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    flow: list[Flowable] = [
        Spacer(1, 30 * mm),
        Paragraph(REPORT_TITLE, st["title"]),
        Paragraph("Counter-trafficking awareness campaigns: indicators for donors and the ministry", st["subtitle"]),
    ]
    info = Table("header", "", ("", ""), 2, tuple(header_lines(report)))
    flow.append(_pdf_table(info, st, width, header=False))
    flow.append(Spacer(1, 8 * mm))
    figures = Table(
        "figures",
        "",
        ("Indicator", "Figure", "Value"),
        2,
        tuple((ind.code or ind.title, label, value) for ind in report.indicators for label, value in ind.figures),
    )
    flow += [Paragraph("Headline figures", st["h2"]), _pdf_table(figures, st, width), PageBreak()]
    return flow


def write_pdf(report: Report, out: Path) -> None:
    st = _styles()
    width = A4[0] - 2 * MARGIN
    footer = f"{REPORT_TITLE} · {report.generated_at}" + ("" if report.suppression else " · SMALL CELLS NOT SUPPRESSED")

    def on_page(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#505A64"))
        canvas.drawString(MARGIN, 10 * mm, footer)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=REPORT_TITLE,
        subject="Indicator report",
        initialFontName=fonts.REGULAR,  # else each page names Helvetica, even when nothing uses it
    )
    story = _title_page(report, st, width)
    for ind in report.indicators:
        story += _section(ind, st, width)
    story.pop()  # no blank page at the end
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
