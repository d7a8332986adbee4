"""Flowables shared by the templates: one-line text, the helpline block, logos, personal slots.

They are small platypus Flowables so the layout engine can measure them like paragraphs. Each one
reports an honest ``minWidth`` so the engine can refuse content wider than its panel instead of
letting ReportLab draw past the edge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from fieldkit.print.logos import Logo
from fieldkit.print.qr import QrCode
from fieldkit.print.styles import Styles

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing


def para(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph of plain text: markup characters in coordinator texts are printed, not parsed."""
    return Paragraph(escape(text), style, bulletText=bullet)


def gap(styles: Styles, times: float = 1.0) -> Spacer:
    return Spacer(1, styles.gap * times)


class OneLine(Flowable):  # type: ignore[misc]
    """Text that must stay on one line (a phone number): it shrinks the panel or is refused."""

    def __init__(self, text: str, font: str, size: float, color: Color, align: Literal["left", "center"]) -> None:
        super().__init__()
        self.text, self.font, self.size, self.color, self.align = text, font, size, color, align
        from fieldkit.print.fonts import text_width

        self.text_w = text_width(text, font, size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.size * 1.2
        return self.width, self.height

    def minWidth(self) -> float:
        return float(self.text_w)

    def draw(self) -> None:
        c = self.canv
        c.setFont(self.font, self.size)
        c.setFillColor(self.color)
        x = (self.width - self.text_w) / 2 if self.align == "center" else 0.0
        c.drawString(x, self.size * 0.25, self.text)


class HelplineBlock(Flowable):  # type: ignore[misc]
    """The QR code with the helpline heading, number and captions beside it (row) or below (column)."""

    def __init__(
        self,
        qr: QrCode | None,
        heading: str,
        number: OneLine,
        captions: list[str],
        styles: Styles,
        orientation: Literal["row", "column"],
        heading_style: ParagraphStyle | None = None,
        intro: list[str] | None = None,
        intro_style: ParagraphStyle | None = None,
    ) -> None:
        super().__init__()
        self.qr, self.number, self.orientation = qr, number, orientation
        self.gap = 3 * mm
        align = TA_CENTER if orientation == "column" or qr is None else TA_LEFT
        number.align = "center" if align == TA_CENTER else "left"
        hstyle = ParagraphStyle("hb_head", parent=heading_style or styles.heading, alignment=align, spaceAfter=0)
        cstyle = ParagraphStyle("hb_cap", parent=styles.small, alignment=align)
        istyle = ParagraphStyle("hb_intro", parent=intro_style or styles.body, alignment=align)
        self.parts: list[Flowable] = [para(t, istyle) for t in intro or []]
        self.parts += [para(heading, hstyle), number, *(para(c, cstyle) for c in captions)]

    def _text_width(self, avail: float) -> float:
        if self.qr is not None and self.orientation == "row":
            return float(avail - self.qr.total - self.gap)
        return avail

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        tw = max(self._text_width(availWidth), 1.0)
        self.sizes = [p.wrap(tw, 1e6) for p in self.parts]
        text_h = sum(h for _, h in self.sizes)
        q = self.qr.wrap(availWidth, availHeight)[1] if self.qr is not None else 0.0
        if self.qr is None:
            self.height = text_h
        elif self.orientation == "row":
            self.height = max(q, text_h)
        else:
            self.height = q + self.gap + text_h
        self.width = availWidth
        self.text_w = tw
        return self.width, self.height

    def minWidth(self) -> float:
        text = max(p.minWidth() for p in self.parts)
        if self.qr is not None and self.orientation == "row":
            return float(self.qr.total + self.gap + text)
        return float(max(text, self.qr.total if self.qr is not None else 0.0))

    def draw(self) -> None:
        text_h = sum(h for _, h in self.sizes)
        if self.qr is not None and self.orientation == "row":
            self.qr.drawOn(self.canv, 0, (self.height - self.qr.total) / 2)
            x, y = self.qr.total + self.gap, (self.height + text_h) / 2
        elif self.qr is not None:
            self.qr.drawOn(self.canv, (self.width - self.qr.total) / 2, self.height - self.qr.total)
            x, y = 0.0, text_h
        else:
            x, y = 0.0, text_h
        for p, (_, h) in zip(self.parts, self.sizes, strict=True):
            y -= h
            p.drawOn(self.canv, x, y)


class LogoRow(Flowable):  # type: ignore[misc]
    """Partner and funder logos in a centred row; shrinks together when the row is too wide."""

    def __init__(self, logos: list[Logo], height_mm: float) -> None:
        super().__init__()
        self.logos = logos
        self.nominal = height_mm * mm
        self.spacing = height_mm * mm * 0.5

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        natural = sum(lg.aspect * self.nominal for lg in self.logos) + self.spacing * (len(self.logos) - 1)
        self.scale = min(1.0, availWidth / natural) if natural else 1.0
        self.width, self.height = availWidth, self.nominal * self.scale
        self.natural = natural
        return self.width, self.height

    def minWidth(self) -> float:
        return 0.0

    def draw(self) -> None:
        h = self.height
        x = (self.width - self.natural * self.scale) / 2
        for lg in self.logos:
            w = lg.aspect * h
            if lg.drawing is not None:
                self._draw_svg(lg.drawing, x, w, h)
            else:
                self.canv.drawImage(lg.reader, x, 0, w, h, mask="auto" if lg.has_alpha else None)
            x += w + self.spacing * self.scale

    def _draw_svg(self, drawing: Drawing, x: float, w: float, h: float) -> None:
        from reportlab.graphics import renderPDF

        self.canv.saveState()
        self.canv.translate(x, 0)
        self.canv.scale(w / drawing.width, h / drawing.height)
        renderPDF.draw(drawing, self.canv, 0, 0, showBoundary=False)
        self.canv.restoreState()


class PersonalSlot(Flowable):  # type: ignore[misc]
    """Reserved space for the per-copy line; drawn on each page, outside the static form."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.size * 1.5
        return self.width, self.height

    def minWidth(self) -> float:
        return 0.0

    def draw(self) -> None:
        return None
