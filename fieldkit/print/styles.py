"""Paragraph styles for one template at one shrink factor.

Every style names a bundled font, including ``bulletFontName``: ReportLab's defaults are Helvetica,
which would be neither embedded nor able to print Əə. Shrinking happens by rebuilding the styles
with a smaller ``factor`` so the relative hierarchy (title > heading > body) is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from fieldkit.print import fonts
from fieldkit.print.palette import ACCENT, MUTED, NAVY, TEXT, WHITE, Palette


@dataclass(frozen=True)
class Typescale:
    """Nominal sizes in points for a template; ``leading`` is a multiple of the size."""

    title: float
    subtitle: float
    heading: float
    body: float
    small: float
    number: float
    leading: float = 1.28


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    title_dark: ParagraphStyle
    subtitle: ParagraphStyle
    subtitle_dark: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    point: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    label_center: ParagraphStyle
    number: ParagraphStyle
    number_dark: ParagraphStyle
    notice: ParagraphStyle
    factor: float
    gap: float  # points; the vertical rhythm unit, scaled with the text


def make_styles(scale: Typescale, factor: float, palette: Palette) -> Styles:
    """All styles for ``scale`` shrunk by ``factor`` (1.0 = nominal)."""
    fonts.register_fonts()
    lead = scale.leading

    def style(name: str, size: float, font: str = fonts.REGULAR, **kw: object) -> ParagraphStyle:
        s = size * factor
        base: dict[str, object] = {
            "fontName": font,
            "fontSize": s,
            "leading": s * lead,
            "bulletFontName": fonts.REGULAR,
            "bulletFontSize": s,
            "textColor": palette(TEXT),
            "splitLongWords": 0,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    body = scale.body * factor
    return Styles(
        title=style("title", scale.title, fonts.BOLD, textColor=palette(NAVY), leading=scale.title * factor * 1.12),
        title_dark=style(
            "title_dark", scale.title, fonts.BOLD, textColor=palette(WHITE), leading=scale.title * factor * 1.12
        ),
        subtitle=style("subtitle", scale.subtitle, textColor=palette(NAVY)),
        subtitle_dark=style("subtitle_dark", scale.subtitle, textColor=palette(WHITE)),
        heading=style("heading", scale.heading, fonts.BOLD, textColor=palette(NAVY), spaceAfter=body * 0.25),
        body=style("body", scale.body, spaceAfter=body * 0.3),
        bullet=style("bullet", scale.body, leftIndent=body * 1.1, bulletIndent=0, spaceAfter=body * 0.2),
        point=style("point", scale.subtitle * 0.9, leftIndent=scale.subtitle * factor, spaceAfter=body * 0.45),
        small=style("small", scale.small, textColor=palette(MUTED), alignment=TA_LEFT),
        small_center=style("small_center", scale.small, textColor=palette(MUTED), alignment=TA_CENTER),
        label_center=style("label_center", scale.small * 1.1, alignment=TA_CENTER),
        number=style(
            "number", scale.number, fonts.BOLD, textColor=palette(ACCENT), leading=scale.number * factor * 1.15
        ),
        number_dark=style(
            "number_dark", scale.number, fonts.BOLD, textColor=palette(ACCENT), leading=scale.number * factor * 1.15
        ),
        notice=style("notice", scale.body, fonts.BOLD_ITALIC, textColor=palette(ACCENT)),
        factor=factor,
        gap=body * 0.9,
    )
