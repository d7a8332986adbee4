"""Physical sheets: trim, bleed and slug, printer's marks, and N-up imposition for office printers.

Print-shop pages are the trim plus 3 mm bleed plus a slug for the crop marks, with TrimBox and
BleedBox set so the shop's RIP knows where to cut. Office pages are the trim size, or an A4 sheet
carrying several items. Items are never rotated; the back of a sheet mirrors the slot columns,
because both duplex modes we use turn the sheet about its vertical axis.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fieldkit.print import fonts
from fieldkit.print.model import Duplex, LeafletRequestError
from fieldkit.print.palette import QR_BLACK, REGISTRATION, Palette

BLEED_MM = 3.0
MARK_OFFSET_MM = 4.0  # from the trim: marks start outside the 3 mm bleed, never on the piece
MARK_LEN_MM = 5.0
SLUG_MM = 12.0
A4_MM = (210.0, 297.0)


@dataclass(frozen=True)
class SheetGeometry:
    media: tuple[float, float]  # points
    trim: tuple[float, float]  # points
    slots: tuple[tuple[float, float], ...]  # bottom-left of each item's trim, points
    bleed: float  # points; 0 for office output
    print_shop: bool

    @property
    def n_up(self) -> int:
        return len(self.slots)

    def slot(self, index: int, back: bool) -> tuple[float, float]:
        x, y = self.slots[index]
        if back:
            x = self.media[0] - x - self.trim[0]
        return x, y

    def duplex(self, sides: int) -> Duplex:
        """How to turn the sheet so the back lands upright behind the front."""
        if sides < 2:
            return "none"
        return "short-edge" if self.media[0] > self.media[1] else "long-edge"


def geometry(trim_mm: tuple[float, float], print_shop: bool, n_up: int, piece: str) -> SheetGeometry:
    tw, th = trim_mm[0] * mm, trim_mm[1] * mm
    if print_shop:
        if n_up != 1:
            raise LeafletRequestError("N-up is for office printing; a print shop imposes the pages itself")
        off = SLUG_MM * mm
        return SheetGeometry((tw + 2 * off, th + 2 * off), (tw, th), ((off, off),), BLEED_MM * mm, True)
    if n_up == 1:
        return SheetGeometry((tw, th), (tw, th), ((0.0, 0.0),), 0.0, False)
    if n_up < 1:
        raise LeafletRequestError(f"items per sheet must be 1 or more, not {n_up}")
    for sw, sh in (A4_MM, A4_MM[::-1]):
        for cols in range(1, n_up + 1):
            rows, rem = divmod(n_up, cols)
            if rem or cols * trim_mm[0] > sw + 0.01 or rows * trim_mm[1] > sh + 0.01:
                continue
            x0 = (sw - cols * trim_mm[0]) / 2 * mm
            y0 = (sh - rows * trim_mm[1]) / 2 * mm
            slots = tuple((x0 + c * tw, y0 + (rows - 1 - r) * th) for r in range(rows) for c in range(cols))
            return SheetGeometry((sw * mm, sh * mm), (tw, th), slots, 0.0, False)
    raise LeafletRequestError(f"{n_up} copies of the {piece} do not fit on one A4 sheet")


def draw_marks(canvas: Canvas, geo: SheetGeometry, palette: Palette, folds_mm: tuple[float, ...], label: str) -> None:
    """Crop marks at the four trim corners, fold marks in the slug, and a slug label."""
    (x0, y0), (tw, th) = geo.slots[0], geo.trim
    off, length = MARK_OFFSET_MM * mm, MARK_LEN_MM * mm
    canvas.saveState()
    canvas.setStrokeColor(palette(REGISTRATION))
    canvas.setLineWidth(0.25)
    for x in (x0, x0 + tw):
        for y, sign in ((y0, -1), (y0 + th, 1)):
            canvas.line(x, y + sign * off, x, y + sign * (off + length))
    for y in (y0, y0 + th):
        for x, sign in ((x0, -1), (x0 + tw, 1)):
            canvas.line(x + sign * off, y, x + sign * (off + length), y)
    canvas.setDash(1.5, 1.5)
    for f in folds_mm:
        x = x0 + f * mm
        canvas.line(x, y0 - off, x, y0 - off - length)
        canvas.line(x, y0 + th + off, x, y0 + th + off + length)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(palette(QR_BLACK))
    canvas.setFont(fonts.REGULAR, 5)
    canvas.drawString(x0 + 12 * mm, y0 - off - 3.5 * mm, label)
    canvas.restoreState()
