"""A4 roll-fold (letter-fold) brochure: panels 100, 100 and 97 mm, the 97 mm panel folding in.

Side 1 (outside), left to right: inner flap (97) | back cover (100) | front cover (100).
Side 2 (inside), left to right: inside left (100) | inside middle (100) | inside right (97).
Printed duplex flipped on the short edge, the sheet turns about its vertical axis, so a panel on
the left of side 1 backs the panel on the right of side 2: the 97 mm flap backs the 97 mm inside
right panel and the folds (97/197 mm outside, 100/200 mm inside) coincide.
"""

from __future__ import annotations

from collections.abc import Callable

from fieldkit.print.job import Job, find_slot
from fieldkit.print.layout import PanelContent, PanelSpec, Rect, fit_panel
from fieldkit.print.palette import NAVY, TINT
from fieldkit.print.plan import Background, PiecePlan, SidePlan
from fieldkit.print.styles import Styles, Typescale

TRIM_MM = (297.0, 210.0)
OUTSIDE_MM = (97.0, 100.0, 100.0)
INSIDE_MM = (100.0, 100.0, 97.0)
SCALE = Typescale(title=24, subtitle=12, heading=12, body=9.6, small=7, number=16)
QR_MM = 32.0
MARGIN_X, MARGIN_Y = 7.0, 10.0
GROW = 1.2


def _panel(x_mm: float, w_mm: float) -> Rect:
    return Rect.mm(x_mm, 0, w_mm, TRIM_MM[1])


def _spec(name: str, rect: Rect, build: Callable[[Styles], PanelContent], hint: str, grow: float = 1.0) -> PanelSpec:
    return PanelSpec(name, rect.inset(MARGIN_X, MARGIN_X, MARGIN_Y, MARGIN_Y), build, SCALE, hint, 0.7, grow)


def build(job: Job) -> PiecePlan:
    langs, layout, pal, piece = job.languages, job.layout, job.palette, job.piece
    t0 = job.t(langs[0])
    flap_r, back_r, front_r = _panel(0, 97), _panel(97, 100), _panel(197, 100)
    sections = list(range(len(t0.sections)))
    flap_sections = sections[3:]

    def front(st: Styles) -> PanelContent:
        return PanelContent(
            top=[job.titles(st, dark=True)],
            bottom=[job.helpline_block(st, QR_MM, "M", "column", dark=True, with_qr=False)],
            valign="center",
        )

    def back(st: Styles) -> PanelContent:
        return PanelContent(
            top=[job.wording(st), job.helpline_block(st, QR_MM, "M", "column"), *job.notice(st)],
            bottom=[*job.logo_rows(11), *job.footer(st), *job.personal(st)],
        )

    def flap(st: Styles) -> PanelContent:
        return PanelContent(top=[job.sections(st, flap_sections) if flap_sections else job.key_points(st)])

    def inside(index: int) -> Callable[[Styles], PanelContent]:
        return lambda st: PanelContent(top=[job.sections(st, [index])])

    def hint(index: int) -> str:
        return f"section {index + 1} ('{t0.sections[index].heading}')" if index < len(t0.sections) else "the text"

    outside = [
        fit_panel(
            _spec("front cover (outside, right)", front_r, front, "the title and subtitle"), langs, layout, pal, piece
        ),
        fit_panel(
            _spec("back cover (outside, middle)", back_r, back, "the helpline wording or the footer"),
            langs,
            layout,
            pal,
            piece,
        ),
        fit_panel(
            _spec(
                "inner flap (outside, left)",
                flap_r,
                flap,
                "the sections after the third" if flap_sections else "the key points",
            ),
            langs,
            layout,
            pal,
            piece,
        ),
    ]
    # Inside panels read as one spread: fit each (growing short text a little), then set all three
    # at the smallest factor found so the type size does not jump from panel to panel.
    specs = []
    x = 0.0
    for i, (w, name) in enumerate(zip(INSIDE_MM, ("inside left", "inside middle", "inside right"), strict=True)):
        specs.append(_spec(name, _panel(x, w), inside(i), hint(i), grow=GROW))
        x += w
    factor = min(fit_panel(s, langs, layout, pal, piece).factor for s in specs)
    inside_panels = []
    for s in specs:
        s.max_factor = factor
        inside_panels.append(fit_panel(s, langs, layout, pal, piece))
    side1 = SidePlan(
        "outside",
        outside,
        [Background(front_r, NAVY), Background(flap_r, TINT)],
        find_slot(outside),
        folds_mm=(97.0, 197.0),
    )
    side2 = SidePlan("inside", inside_panels, [], None, folds_mm=(100.0, 200.0))
    return PiecePlan(TRIM_MM, [side1, side2], "short-edge")
