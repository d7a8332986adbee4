"""Personalised run of 500 A5 leaflets: Field Kit's renderer against bare ReportLab.

The floor is the same one-sided A5 page (title band, key points, helpline text, the same QR code
as vector modules, footer and the per-copy line) drawn with plain canvas calls: no layout engine,
no fitting, text pre-split once. Field Kit lays the page out, fits it, checks it, and then places
one Form XObject per page plus the personal line. Target: Field Kit >= 0.8 x the floor.
"""

from __future__ import annotations

import io
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

from fieldkit.print import Helpline, RenderRequest, default_texts, render
from fieldkit.print import fonts as fk_fonts
from fieldkit.print.qr import QUIET_ZONE, qr_matrix

COPIES = 500
REPEATS = 3
TARGET = 0.8
HELPLINE = Helpline("Demo helpline (fictional)", "+994 12 000 00 00", verified_at=date(2025, 1, 15))
LINES = [f"Distributed at Qırmızı Körpü, table {n}" for n in range(1, COPIES + 1)]


def field_kit(path: Path) -> int:
    request = RenderRequest("a5", ["az"], HELPLINE, sides=1, personal_lines=LINES, funder="the Demo Foundation")
    return render(request, path).pages


def _floor_page_ops() -> Callable[[Canvas], None]:
    """Everything static on the page, as plain canvas calls, laid out once up front."""
    t = default_texts("az")
    w, h = 148 * mm, 210 * mm
    x0, width = 9 * mm, 130 * mm
    navy, accent, ink, white = Color(0.04, 0.22, 0.4), Color(0.87, 0.36, 0.05), Color(0.1, 0.1, 0.1), Color(1, 1, 1)
    text: list[tuple[str, float, Color, float, float, str]] = []
    y = h - 25 * mm
    for line in simpleSplit(t.title, fk_fonts.BOLD, 23, width):
        text.append((fk_fonts.BOLD, 23, white, x0, y, line))
        y -= 26
    for line in simpleSplit(t.subtitle, fk_fonts.REGULAR, 12, width):
        text.append((fk_fonts.REGULAR, 12, white, x0, y, line))
        y -= 15
    y = h - 75 * mm
    text.append((fk_fonts.BOLD, 14, navy, x0, y, t.key_points_heading))
    y -= 20
    for point in t.key_points:
        for i, line in enumerate(simpleSplit(point, fk_fonts.REGULAR, 13, width - 14)):
            text.append((fk_fonts.REGULAR, 13, ink, x0 + 14, y, line))
            if i == 0:
                text.append((fk_fonts.REGULAR, 13, ink, x0, y, "•"))
            y -= 17
        y -= 5
    qr_x, qr_y, symbol = x0, 28 * mm, 30 * mm
    tx = qr_x + symbol * (25 + 2 * QUIET_ZONE) / 25 + 3 * mm
    y = 60 * mm
    for line in simpleSplit(t.helpline_wording, fk_fonts.REGULAR, 9.5, w - tx - 9 * mm):
        text.append((fk_fonts.REGULAR, 9.5, ink, tx, y, line))
        y -= 12
    text.append((fk_fonts.BOLD, 12, navy, tx, y - 4, t.helpline_heading))
    text.append((fk_fonts.BOLD, 18, accent, tx, y - 26, HELPLINE.display))
    text.append((fk_fonts.REGULAR, 7, ink, tx, y - 38, t.qr_caption_call))
    text.append((fk_fonts.REGULAR, 7, ink, x0, 18 * mm, t.footer.replace("{funder}", "the Demo Foundation")))
    matrix = qr_matrix(HELPLINE.tel_uri or "", "M")
    module = symbol / len(matrix)
    quiet = QUIET_ZONE * module

    def draw(c: Canvas) -> None:
        c.setFillColor(navy)
        c.rect(0, h - 58 * mm, w, 58 * mm, stroke=0, fill=1)
        for font, size, colour, x, yy, s in text:
            c.setFont(font, size)
            c.setFillColor(colour)
            c.drawString(x, yy, s)
        c.setFillColor(white)
        c.rect(qr_x, qr_y, symbol + 2 * quiet, symbol + 2 * quiet, stroke=0, fill=1)
        c.setFillColor(Color(0, 0, 0))
        path = c.beginPath()
        top = qr_y + quiet + symbol
        for r, row in enumerate(matrix):
            col = 0
            while col < len(row):  # one rectangle per horizontal run of dark modules
                if row[col]:
                    end = col
                    while end < len(row) and row[end]:
                        end += 1
                    path.rect(qr_x + quiet + col * module, top - (r + 1) * module, (end - col) * module, module)
                    col = end
                else:
                    col += 1
        c.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)

    return draw


def floor(path: Path) -> int:
    """Bare ReportLab, drawing the whole page on every page."""
    draw = _floor_page_ops()
    with path.open("wb") as fh:
        c = Canvas(fh, pagesize=(148 * mm, 210 * mm), initialFontName=fk_fonts.REGULAR, pageCompression=1)
        for line in LINES:
            draw(c)
            c.setFont(fk_fonts.ITALIC, 8)
            c.drawCentredString(74 * mm, 12 * mm, line)
            c.showPage()
        c.save()
    return len(LINES)


def floor_form(path: Path) -> int:
    """Bare ReportLab with the static page in one Form XObject: the strictest floor we know."""
    draw = _floor_page_ops()
    with path.open("wb") as fh:
        c = Canvas(fh, pagesize=(148 * mm, 210 * mm), initialFontName=fk_fonts.REGULAR, pageCompression=1)
        c.beginForm("page")
        draw(c)
        c.endForm()
        for line in LINES:
            c.doForm("page")
            c.setFont(fk_fonts.ITALIC, 8)
            c.drawCentredString(74 * mm, 12 * mm, line)
            c.showPage()
        c.save()
    return len(LINES)


def _best(fn: Callable[[Path], int], directory: Path) -> tuple[float, int]:
    best = float("inf")
    pages = 0
    for i in range(REPEATS):
        start = time.perf_counter()
        pages = fn(directory / f"{fn.__name__}-{i}.pdf")
        best = min(best, time.perf_counter() - start)
    return best, pages


def run() -> None:
    fk_fonts.register_fonts()
    rl_config.useA85 = 0  # render() sets this too; every contender writes plain Flate streams

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        field_kit(directory / "warm-up.pdf")  # font parsing and imports are not what we measure
        floor(directory / "warm-up-floor.pdf")
        results = {fn.__name__: _best(fn, directory) for fn in (field_kit, floor, floor_form)}
        sizes = {name: (directory / f"{name}-0.pdf").stat().st_size for name in results}
    rates = {name: pages / secs for name, (secs, pages) in results.items()}
    labels = {
        "field_kit": "field kit render()",
        "floor": "floor: bare reportlab, page redrawn",
        "floor_form": "floor: bare reportlab + Form XObject",
    }
    out = io.StringIO()
    out.write(f"personalised A5 run, {COPIES} copies, one PDF, best of {REPEATS}\n")
    for name, (secs, _) in results.items():
        out.write(f"  {labels[name]:<40} {rates[name]:7.0f} pages/s  ({secs:.3f} s, {sizes[name] / 1024:.0f} KiB)\n")
    ratio = rates["field_kit"] / rates["floor"]
    strict = rates["field_kit"] / rates["floor_form"]
    verdict = "OK" if ratio >= TARGET else "BELOW TARGET"
    out.write(f"  ratio field kit / floor: {ratio:.2f} (target >= {TARGET}: {verdict})\n")
    out.write(f"  ratio field kit / form floor: {strict:.2f}\n")
    print(out.getvalue(), end="")


if __name__ == "__main__":
    run()
