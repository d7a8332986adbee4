"""Flat pieces: the A5 leaflet, the A6 pocket card and the A3/A2 posters.

All share one design: a navy title band across the top (bled off three edges) and a white body
below it. Two-sided A5 and A6 put the title, helpline and QR on the front, and the longer text and
the funder acknowledgement on the back; one-sided pieces and posters carry everything on one side.
The personal line of a personalised run sits at the foot of the front.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm

from fieldkit.print.job import Job, find_slot
from fieldkit.print.layout import PanelContent, PanelSpec, Rect, Row, fit_panel, natural_height
from fieldkit.print.palette import NAVY
from fieldkit.print.plan import Background, PiecePlan, SidePlan
from fieldkit.print.qr import ErrorLevel
from fieldkit.print.styles import Styles, Typescale


@dataclass(frozen=True)
class FlatDesign:
    trim_mm: tuple[float, float]
    margin_mm: float
    band_mm: float
    scale: Typescale
    qr_mm: float
    logo_mm: float
    error: ErrorLevel
    back: str  # what the back of a two-sided piece carries: "sections" or "key points"
    min_factor: float = 0.8
    band_growth: float = 1.7  # how far the title band may grow for stacked titles
    grow: float = 1.3  # how far body text may grow to fill the front


A5 = FlatDesign((148, 210), 9, 58, Typescale(23, 12, 12, 9.5, 7, 18), 30, 12, "M", "sections", 0.72)
A6 = FlatDesign((105, 148), 7, 44, Typescale(16, 9, 10, 8.5, 6.2, 14), 27, 9, "M", "key points", 0.75)
_R2 = 2**0.5
POSTER_A3 = FlatDesign((297, 420), 16, 105, Typescale(48, 22, 26, 20, 11, 36), 105, 24, "Q", "", 0.7, 1.4, 1.6)
POSTER_A2 = FlatDesign(
    (420, 594),
    22,
    150,
    Typescale(*(round(v * _R2, 1) for v in (48, 22, 26, 20, 11, 36))),
    155,
    34,
    "Q",
    "",
    0.7,
    1.4,
    1.6,
)


def build(job: Job, design: FlatDesign) -> PiecePlan:
    w, h = design.trim_mm
    m = design.margin_mm
    langs, layout, pal, piece = job.languages, job.layout, job.palette, job.piece
    two_sided = job.sides == 2
    hint_body = "the key points or the helpline wording"

    def spec(
        name: str,
        rect: Rect,
        content: Callable[[Styles], PanelContent],
        hint: str,
        band: bool = False,
        grow: float = 1.0,
    ) -> PanelSpec:
        area = rect.inset(m, m, m * 0.8, m * 0.8) if band else rect.inset(m, m, m * 0.8, m)
        return PanelSpec(name, area, content, design.scale, hint, design.min_factor, grow)

    def title(st: Styles) -> PanelContent:
        return PanelContent(top=[job.titles(st, dark=True)], valign="center")

    # The band grows with the number of stacked titles, up to a limit, so the body keeps its room.
    probe = spec("title band", Rect.mm(0, 0, w, h), title, "", band=True)
    needed_mm = natural_height(probe, langs, layout, pal) / mm + 1.6 * m
    band_mm = min(max(design.band_mm, needed_mm), design.band_mm * design.band_growth)
    band = Rect.mm(0, h - band_mm, w, band_mm)
    body = Rect.mm(0, 0, w, h - band_mm)

    def helpline_rows(st: Styles) -> list[Row]:
        return [job.helpline_block(st, design.qr_mm, design.error, "row", wording=st.body), *job.notice(st)]

    def front(st: Styles) -> PanelContent:
        top: list[Row] = []
        if not two_sided or design.back == "sections":
            top.append(job.key_points(st, columns=True))
        extra = [] if two_sided else [*job.logo_rows(design.logo_mm), *job.footer(st)]
        if not top:
            return PanelContent(top=helpline_rows(st), bottom=[*extra, *job.personal(st)], valign="center")
        return PanelContent(top=top, bottom=[*helpline_rows(st), *extra, *job.personal(st)])

    def back(st: Styles) -> PanelContent:
        top: list[Row]
        if design.back == "sections":
            top = [job.sections(st, list(range(len(job.t(langs[0]).sections))), columns=True)]
        else:
            top = [job.key_points(st)]
        return PanelContent(top=top, bottom=[*job.logo_rows(design.logo_mm), *job.footer(st)])

    front_panels = [
        fit_panel(spec("title band", band, title, "the title and subtitle", band=True), langs, layout, pal, piece),
        fit_panel(
            spec("front body" if two_sided else "body", body, front, hint_body, grow=design.grow),
            langs,
            layout,
            pal,
            piece,
        ),
    ]
    sides = [SidePlan("front", front_panels, [Background(band, NAVY)], find_slot(front_panels))]
    if two_sided:
        back_hint = "the sections" if design.back == "sections" else "the key points"
        page = Rect.mm(0, 0, w, h)
        back_panels = [fit_panel(spec("back", page, back, back_hint, grow=design.grow), langs, layout, pal, piece)]
        sides.append(SidePlan("back", back_panels))
    return PiecePlan(design.trim_mm, sides, "long-edge" if two_sided else "none")
