"""The helpline QR code: what it encodes, and drawing it as vector modules.

Vector modules stay sharp at any size and in any RIP, which raster QR images do not. Horizontal runs
of dark modules are merged into one rectangle each and all go into a single filled path, so a
poster-sized code is still a few hundred path operators.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import segno
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.platypus import Flowable

from fieldkit.print.helpline import Helpline
from fieldkit.print.palette import QR_BLACK, WHITE, Palette

QUIET_ZONE = 4  # modules; ISO/IEC 18004 requires at least 4
ErrorLevel = Literal["M", "Q"]
# Seams between abutting rows show up as white hairlines in some renderers; overlap rows slightly.
_ROW_OVERLAP = 0.02


def qr_text(helpline: Helpline, url: str | None) -> str | None:
    """What the code encodes: the coordinator's URL if configured, else ``tel:`` + E.164.

    A short code has no international form, so without a URL there is no code to print.
    """
    if url is not None:
        url = url.strip()
        if url.startswith("tel:"):
            try:
                ok = Helpline("qr", url[4:]).tel_uri == url
            except ValueError:
                ok = False
            if not ok:
                raise ValueError(f"QR target {url!r} must be tel: followed by a +E.164 number")
            return url
        if not url.startswith(("https://", "http://")) or len(url) < 12 or any(c.isspace() for c in url):
            raise ValueError(f"QR target {url!r} must be an http(s):// address or tel:+E.164")
        return url
    return helpline.tel_uri


@lru_cache(maxsize=32)
def qr_matrix(text: str, error: ErrorLevel) -> tuple[tuple[bool, ...], ...]:
    """Module matrix without quiet zone; cached because personalised runs reuse one code."""
    code = segno.make(text, error=error.lower(), micro=False, boost_error=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def _runs(row: tuple[bool, ...]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = -1
    for i, dark in enumerate((*row, False)):
        if dark and start < 0:
            start = i
        elif not dark and start >= 0:
            runs.append((start, i - start))
            start = -1
    return runs


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code whose symbol (without quiet zone) is ``symbol_mm`` wide, on a white quiet zone."""

    def __init__(self, text: str, error: ErrorLevel, symbol_mm: float, palette: Palette) -> None:
        super().__init__()
        self.text = text
        self.matrix = qr_matrix(text, error)
        self.modules = len(self.matrix)
        self.symbol = symbol_mm * mm
        self.module = self.symbol / self.modules
        self.total = self.symbol + 2 * QUIET_ZONE * self.module
        self.palette = palette
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self.height = self.total
        return self.total, self.total

    def minWidth(self) -> float:
        return float(self.total)

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(self.palette(WHITE))
        c.rect(0, 0, self.total, self.total, stroke=0, fill=1)
        c.setFillColor(self.palette(QR_BLACK))
        path = c.beginPath()
        m = self.module
        origin = QUIET_ZONE * m
        top = origin + self.symbol
        for r, row in enumerate(self.matrix):
            y = top - (r + 1) * m
            for start, length in _runs(row):
                path.rect(origin + start * m, y - _ROW_OVERLAP, length * m, m + _ROW_OVERLAP)
        # Non-zero winding: the slightly overlapping row rectangles must union, not cancel out.
        c.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        c.restoreState()
