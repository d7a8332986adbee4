"""The chart under a report table (QtCharts): bars by region, kind, material or sex, grouped bars for
an agency × sex or agency × age band table, and a line over the months.

``chart_spec`` decides what to draw from a ``Table`` alone and returns plain data, so it is tested
without a widget; ``ReportChart`` draws it. What a table's ``chart`` field says is followed (as the
PDF does): ``rows`` plots each row's label against its last count, ``columns`` each count column
against the totals row, both together a grouped bar chart. A table by month is drawn as a line.

A suppressed count (``<5`` or ``x``) is never drawn as a number: a bar chart with one series leaves
its category out, a grouped one leaves that bar empty, a line breaks there; and the caption under the
chart names what was left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldkit.services.report_tables import COLUMNS, ROWS, TOTAL, Table, Value, as_number
from fieldkit.ui.report_models import report_text

MAX_CATEGORIES = 30
ANGLED_LABELS = 8  # categories beyond which their labels are slanted
MAX_NAMED = 6  # left-out bars named in the caption; the rest counted
PALETTE = ("#3c78b4", "#d9822b", "#4f9a5a", "#8e6bb8", "#c0504d", "#6b7b8c")
CONTEXT = "ReportCharts"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ChartSpec:
    """What to draw: ``kind`` "bar" or "line"; per series its name and one value per category (None:
    not drawn); the value axis title; and the labels of what was left out (suppressed or cut off)."""

    kind: str
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int | None, ...]], ...]
    value_title: str
    missing: tuple[str, ...] = ()
    cut: int = 0  # categories beyond MAX_CATEGORIES, not drawn


def _body(table: Table) -> list[tuple[Value, ...]]:
    """The data rows, without the final total row."""
    rows = list(table.rows)
    if rows and rows[-1] and rows[-1][0] == TOTAL:
        rows.pop()
    return rows


def _count_columns(table: Table) -> list[int]:
    """The count columns, without a final "Total" column when there are others."""
    columns = list(range(table.labels, len(table.columns)))
    if len(columns) > 1 and table.columns[columns[-1]] == TOTAL:
        columns.pop()
    return columns


def chart_spec(table: Table | None) -> ChartSpec | None:
    """The chart for ``table``, or None when it has none (a detail table, no counts, no rows)."""
    if table is None or table.detail or not table.chart or not table.rows or len(table.columns) <= table.labels:
        return None
    title = report_text(table.title)
    body = _body(table)
    counts = _count_columns(table)
    if table.key == "by_month" and ROWS[0] in table.chart:
        return _line(title, body, table, len(table.columns) - 1)
    hidden = any(as_number(r[c] if c < len(r) else None) is None for r in body for c in counts)
    if ROWS[0] in table.chart and COLUMNS[0] in table.chart and not hidden:
        return _grouped(title, body, table, counts)
    if ROWS[0] in table.chart:  # a two-way table with hidden cells: its row totals, which say more
        column = len(table.columns) - 1
        labelled = [(report_text(str(r[0])), r[column] if column < len(r) else None) for r in body]
        return _bars(title, labelled, table.columns[column])
    totals = table.rows[-1]
    labelled = [(report_text(table.columns[c]), totals[c] if c < len(totals) else None) for c in counts]
    return _bars(title, labelled, str(totals[0]) if totals else "")


def _value_title(heading: str) -> str:
    """A count's heading as the value axis title; none for "Total", which the chart title explains."""
    return "" if heading == TOTAL else report_text(heading)


def _bars(title: str, labelled: list[tuple[str, Value]], heading: str) -> ChartSpec | None:
    if not labelled:
        return None
    missing = tuple(label for label, value in labelled if as_number(value) is None)
    drawn = [(label, as_number(value)) for label, value in labelled if as_number(value) is not None]
    cut = max(len(drawn) - MAX_CATEGORIES, 0)
    drawn = drawn[:MAX_CATEGORIES]
    return ChartSpec(
        "bar",
        title,
        tuple(label for label, _ in drawn),
        ((report_text(heading), tuple(v for _, v in drawn)),),
        _value_title(heading),
        missing,
        cut,
    )


def _grouped(title: str, body: list[tuple[Value, ...]], table: Table, counts: list[int]) -> ChartSpec | None:
    if not body or not counts:
        return None
    categories = [report_text(str(r[0])) for r in body[:MAX_CATEGORIES]]
    series = []
    missing = []
    for c in counts:
        name = report_text(table.columns[c])
        values = []
        for label, row in zip(categories, body, strict=False):
            value = as_number(row[c] if c < len(row) else None)
            if value is None:
                missing.append(f"{label} — {name}")
            values.append(value)
        series.append((name, tuple(values)))
    return ChartSpec(
        "bar",
        title,
        tuple(categories),
        tuple(series),
        "",
        tuple(missing),
        max(len(body) - MAX_CATEGORIES, 0),
    )


def _line(title: str, body: list[tuple[Value, ...]], table: Table, column: int) -> ChartSpec | None:
    if not body:
        return None
    categories = tuple(report_text(str(r[0])) for r in body)
    values = tuple(as_number(r[column] if column < len(r) else None) for r in body)
    missing = tuple(c for c, v in zip(categories, values, strict=True) if v is None)
    name = report_text(table.columns[column])
    return ChartSpec("line", title, categories, ((name, values),), _value_title(table.columns[column]), missing)


# -- drawing -----------------------------------------------------------------------------------------


def _segments(values: tuple[int | None, ...]) -> list[list[tuple[int, int]]]:
    """Runs of (position, value) without a missing value: a line breaks where a count is hidden."""
    runs: list[list[tuple[int, int]]] = [[]]
    for x, value in enumerate(values):
        if value is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((x, value))
    return [r for r in runs if r]


def build_chart(spec: ChartSpec) -> QChart:
    """A QChart for ``spec``: category axis below, value axis on the left, a legend when it helps."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    title_font = QFont(chart.titleFont())
    title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0))
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setTitle(spec.title)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(spec.categories))
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    axis_y.setTitleText(spec.value_title)
    small = QFont(axis_x.labelsFont())
    small.setPointSizeF(max(small.pointSizeF() - 1, 7.0))
    axis_x.setLabelsFont(small)
    axis_y.setLabelsFont(small)
    if len(spec.categories) > ANGLED_LABELS:
        axis_x.setLabelsAngle(-45)  # many months or regions: slanted, so more of each label shows
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    top = 0
    if spec.kind == "line":
        for n, (name, values) in enumerate(spec.series):
            colour = QColor(PALETTE[n % len(PALETTE)])
            for part, run in enumerate(_segments(values)):
                line = QLineSeries()
                line.setName(name)
                line.setPointsVisible(True)
                line.setPen(QPen(colour, 2))
                line.setColor(colour)
                # A category axis puts category i at x = i.
                line.append([QPointF(x, y) for x, y in run])
                chart.addSeries(line)
                line.attachAxis(axis_x)
                line.attachAxis(axis_y)
                if part:  # one legend entry per series, however many pieces its line is in
                    for marker in chart.legend().markers(line):
                        marker.setVisible(False)
                top = max(top, *(y for _, y in run))
    else:
        bars = QBarSeries()
        for n, (name, values) in enumerate(spec.series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
            bar_set.setLabelColor(QColor("#202124"))  # the theme's white is lost above a bar
            # A hidden count in a grouped chart: no bar (0 height, no label); the caption names it.
            bar_set.append([float(v) if v is not None else 0.0 for v in values])
            bars.append(bar_set)
            top = max([top, *(v for v in values if v is not None)])
        single = len(spec.series) == 1
        bars.setLabelsVisible(single)  # a grouped chart would print 0 on an empty (hidden) bar
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelsFormat("@value")
        bars.setLabelsPrecision(12)  # 1000000, not 1e+06
        chart.addSeries(bars)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_y)
    if top < 5:  # whole numbers only: 0 … 5, never ticks of 0.2 printed as 0
        axis_y.setRange(0, 5)
        axis_y.setTickCount(6)
    else:
        axis_y.setRange(0, top * 1.12)
        axis_y.applyNiceNumbers()
    chart.legend().setVisible(len(spec.series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def missing_text(spec: ChartSpec) -> str:
    """The caption under a chart: what it leaves out, and why."""
    parts = []
    if spec.missing:
        names = tr(", ").join(spec.missing[:MAX_NAMED])
        if len(spec.missing) > MAX_NAMED:
            names = tr("%1 and %2 more").replace("%1", names).replace("%2", str(len(spec.missing) - MAX_NAMED))
        parts.append(tr("Not drawn (a count under 5, or hidden so one cannot be worked out): %1").replace("%1", names))
    if spec.cut:
        parts.append(tr("%1 more not drawn; the table lists them all.").replace("%1", str(spec.cut)))
    return "\n".join(parts)


class ReportChart(QWidget):
    """A chart view with its caption; empty (and hidden by the page) when a table has no chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: ChartSpec | None = None
        self.view = QChartView(self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(140)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)

    def show_spec(self, spec: ChartSpec | None) -> None:
        self.spec = spec
        old = self.view.chart()
        self.view.setChart(build_chart(spec) if spec is not None else QChart())
        if old is not None:
            old.deleteLater()
        self.view.setVisible(spec is not None and bool(spec.categories))  # every bar hidden: the caption alone
        text = missing_text(spec) if spec is not None else ""
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def chart(self) -> QChart:
        return self.view.chart()
