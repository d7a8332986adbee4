"""The shapes indicator reports come in, and small-cell suppression.

An indicator is a headline figure and a few tables of plain values: labels are text, counts are
``int``, and a suppressed count is the text ``"<5"``. Every export (XLSX, CSV, PDF, ``--json``) reads
these records, so what a donor sees is decided here, once.

Small-cell suppression (on by default; for breakdowns of people by sex or by agency)
---------------------------------------------------------------------------------------
*Primary*: a count from 1 to 4 is shown as ``"<5"``. A zero is shown: it describes no one.

*Secondary*: a table is a grid of counts with its totals (a total per row, a total per column, the
grand total). Each row and each column, read with its total, is a *line*: its cells add up to its
total, so a line with exactly one hidden value gives it away by subtraction. Until no line has
exactly one hidden value, the smallest non-zero visible cell of such a line is hidden too, or, when
the line has none, its total. Hiding a value can create a new single in a crossing line, so the rule
runs to a fixed point. Nothing is ever revealed, so it ends. A value hidden this way is shown as
``"x"``, not ``"<5"``: it is 5 or more (the rule never hides a zero), and "<5" would misstate it.

*Audit*: one hidden value per line is not the only way in. Knowing that a "<5" is 1 to 4 and an "x"
at least 5, a reader can narrow the bounds of hidden values line by line until one is pinned (two
lines sharing two hidden cells can do it). ``exposed_by_bounds`` makes that attack; while it pins a
value, one more cell of a line through that value is hidden and the line rule runs again.

Each table is suppressed as a whole, and a figure that appears in two places (a headline and the
grand total of its table) is taken from the suppressed grid, so the same number never appears hidden
in one place and shown in another. Inference across different indicators (trained people are a subset
of participants) is not guarded against; each indicator counts a different population.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Value = int | str | None
SUPPRESSED = "<5"  # a count from 1 to 4
HIDDEN = "x"  # a larger count hidden so that a "<5" cannot be worked out from the totals
THRESHOLD = 5
TOTAL = "Total"
Pos = tuple[int, int]  # (row, column) in a grid with its totals
_PASSES = 60  # bound narrowing converges in a few passes on real tables; this caps pathological ones
ROWS = ("rows",)
COLUMNS = ("columns",)


@dataclass(frozen=True)
class Table:
    """One table of an indicator: ``labels`` leading text columns, then count columns.

    ``chart``: the bar charts the PDF draws: ``"rows"``, each row's label against its last count
    (a final "Total" row left out); ``"columns"``, each count column's heading against the last row
    (the totals row; a final "Total" column left out). ``detail``: a long table for analysts, written to XLSX and CSV
    but left out of the PDF, which shows the smaller breakdowns instead.
    """

    key: str
    title: str
    columns: tuple[str, ...]
    labels: int
    rows: tuple[tuple[Value, ...], ...]
    chart: tuple[str, ...] = ()
    detail: bool = False


@dataclass(frozen=True)
class Indicator:
    """One indicator as reported: what it counts, its headline figures (label, value) and its tables."""

    key: str
    title: str
    code: str | None
    definition: str
    figures: tuple[tuple[str, Value], ...]
    tables: tuple[Table, ...]
    notes: tuple[str, ...] = ()
    suppression: bool = False  # whether small-cell suppression was applied to its tables


@dataclass(frozen=True)
class Grid:
    """Counts by row and column with their totals, after suppression (when asked for)."""

    cells: tuple[tuple[Value, ...], ...]
    row_totals: tuple[Value, ...]
    column_totals: tuple[Value, ...]
    grand_total: Value


def grid(counts: Sequence[Sequence[int]], *, suppress: bool, margins: bool = True) -> Grid:
    """Totals for ``counts`` (rows × columns), then suppression if asked.

    ``margins=False`` is for a single-row table whose column totals would repeat the row: only the
    row total is kept (the row and its total are then the one line to protect).
    """
    rows = [list(r) for r in counts]
    width = len(rows[0]) if rows else 0
    row_totals = [sum(r) for r in rows]
    column_totals = [sum(r[j] for r in rows) for j in range(width)]
    grand = sum(row_totals)
    # The full matrix: cells, a total column on the right and (with margins) a totals row below.
    full = [[*r, t] for r, t in zip(rows, row_totals, strict=True)]
    if margins:
        full.append([*column_totals, grand])
    hidden = _suppress(full, margins) if suppress else set()
    shown: list[list[Value]] = [
        [(SUPPRESSED if 0 < v < THRESHOLD else HIDDEN) if (i, j) in hidden else v for j, v in enumerate(r)]
        for i, r in enumerate(full)
    ]
    n = len(rows)
    if margins:
        return Grid(
            tuple(tuple(r[:width]) for r in shown[:n]),
            tuple(r[width] for r in shown[:n]),
            tuple(shown[n][:width]),
            shown[n][width],
        )
    totals = tuple(r[width] for r in shown)
    return Grid(tuple(tuple(r[:width]) for r in shown), totals, (), totals[0] if n == 1 else None)


def _lines(full: list[list[int]], margins: bool) -> list[list[Pos]]:
    """Each line as its member positions followed by its total's position."""
    height, width = len(full), len(full[0]) - 1
    lines = [[(i, j) for j in range(width + 1)] for i in range(height)]
    if margins:
        data_rows = height - 1
        lines += [[*((i, j) for i in range(data_rows)), (data_rows, j)] for j in range(width + 1)]
    return lines


def _suppress(full: list[list[int]], margins: bool) -> set[Pos]:
    """The positions to hide: the small counts, then the line rule to its fixed point, then the audit,
    until the audit finds nothing to work out."""
    hidden = {(i, j) for i, r in enumerate(full) for j, v in enumerate(r) if 0 < v < THRESHOLD}
    lines = _lines(full, margins)
    while True:
        _close_lines(full, lines, hidden)
        pinned = sorted(exposed_by_bounds(full, lines, hidden))
        if not pinned:
            return hidden
        added = False
        for p in pinned:  # one more hidden value through each pinned one, then check again
            through = [line for line in lines if p in line]
            extra = _one_more(full, through, hidden) or _one_more(full, lines, hidden)
            if extra is not None:
                hidden.add(extra)
                added = True
        if not added:  # every non-zero value is hidden already: nothing more to take away
            return hidden


def _one_more(full: list[list[int]], lines: list[list[Pos]], hidden: set[Pos]) -> Pos | None:
    """The smallest visible non-zero cell of these lines, else a visible non-zero total."""
    cells = [p for line in lines for p in line[:-1] if p not in hidden and full[p[0]][p[1]] > 0]
    if cells:
        return min(cells, key=lambda p: (full[p[0]][p[1]], p))
    totals = [line[-1] for line in lines if line[-1] not in hidden and full[line[-1][0]][line[-1][1]] > 0]
    return min(totals) if totals else None


def _close_lines(full: list[list[int]], lines: list[list[Pos]], hidden: set[Pos]) -> None:
    """Until no line has exactly one hidden value, hide one more in each line that has."""
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(p in hidden for p in line) == 1:
                extra = _one_more(full, [line], hidden)
                if extra is not None:
                    hidden.add(extra)
                    changed = True


def exposed_by_bounds(full: list[list[int]], lines: list[list[Pos]], hidden: set[Pos]) -> set[Pos]:
    """The hidden values a reader can work out exactly by narrowing bounds along the lines.

    What a reader knows: each line adds up; a "<5" is 1 to 4; an "x" is 5 or more (the rule never
    hides a zero). Each line's equation narrows each hidden value's bounds given the others', and
    this repeats until nothing narrows. This is the by-hand attack on a published table, not a full
    linear-programming audit, so it is a floor of protection, not a proof."""
    lo: dict[Pos, float] = {}
    hi: dict[Pos, float] = {}
    for i, j in hidden:
        small = 0 < full[i][j] < THRESHOLD
        lo[(i, j)], hi[(i, j)] = (1, THRESHOLD - 1) if small else (THRESHOLD, math.inf)
    for _ in range(_PASSES):
        narrowed = False
        for line in lines:
            terms = [(p, 1) for p in line[:-1]] + [(line[-1], -1)]  # members - total = 0
            unknown = [(p, sign) for p, sign in terms if p in hidden]
            if not unknown:
                continue
            known = sum(sign * full[p[0]][p[1]] for p, sign in terms if p not in hidden)
            span = [(min(s * lo[q], s * hi[q]), max(s * lo[q], s * hi[q])) for q, s in unknown]
            low, high = _Sum([a for a, _ in span]), _Sum([b for _, b in span])
            for (p, sign), (a_p, b_p) in zip(unknown, span, strict=True):
                a, b = -known - high.without(b_p), -known - low.without(a_p)  # sign * value lies in [a, b]
                if sign < 0:
                    a, b = -b, -a
                if a > lo[p]:
                    lo[p], narrowed = float(math.ceil(a)), True
                if b < hi[p]:
                    hi[p], narrowed = float(math.floor(b)), True
        if not narrowed:
            break
    return {p for p in hidden if lo[p] >= hi[p]}


class _Sum:
    """A sum of bounds that may be infinite, from which one term can be taken out again."""

    def __init__(self, terms: list[float]) -> None:
        self.finite = sum(t for t in terms if math.isfinite(t))
        self.infinite = [t for t in terms if not math.isfinite(t)]

    def without(self, term: float) -> float:
        if math.isfinite(term):
            return self.infinite[0] if self.infinite else self.finite - term
        return self.infinite[0] if len(self.infinite) > 1 else self.finite


def one_line_exposed(values: Sequence[Value], total: Value) -> bool:
    """Whether a line (its cells and total) has exactly one hidden value: the test the rule enforces."""
    return sum(is_hidden(v) for v in (*values, total)) == 1


def is_hidden(value: Value) -> bool:
    return value in (SUPPRESSED, HIDDEN)


def grid_rows(labels: Sequence[str], result: Grid) -> tuple[tuple[Value, ...], ...]:
    """Table rows: each label with its cells and row total, then the totals row when there is one."""
    rows: list[tuple[Value, ...]] = [
        (label, *cells, total) for label, cells, total in zip(labels, result.cells, result.row_totals, strict=True)
    ]
    if result.column_totals:
        rows.append((TOTAL, *result.column_totals, result.grand_total))
    return tuple(rows)


def as_number(value: Value) -> int | None:
    """A count as a number, or None when it is suppressed or blank (for charts)."""
    return value if isinstance(value, int) else None
