"""The paper sign-in sheet: A4, the event's details, the helpline, and blank numbered rows.

It is the fallback when the laptop is not at hand. Following the data rules, the default sheet is
a headcount (sex, age band, organisation; no names). Names, contacts and signatures appear only
with consent columns, and then the consent statement and its version are printed above the table
so the answers can be recorded against the right consent text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from functools import partial

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from fieldkit.print import fonts
from fieldkit.print.blocks import gap, para
from fieldkit.print.job import Job
from fieldkit.print.layout import PanelContent, PanelSpec, Placed, Rect, Shared, fit_panel, natural_height
from fieldkit.print.model import EventSheet, LeafletRequestError
from fieldkit.print.palette import RULE, TEXT, TINT, Palette
from fieldkit.print.plan import PiecePlan, SidePlan
from fieldkit.print.styles import Styles, Typescale
from fieldkit.print.texts import SignInTexts

TRIM_MM = (210.0, 297.0)
MARGIN = 15.0
SIDE_W = 46.0
SCALE = Typescale(title=15, subtitle=10, heading=9.5, body=8.5, small=7, number=11)
MAX_ROWS = 500
FOOTER_MM = 24.0


@dataclass(frozen=True)
class Column:
    key: str
    weight: float
    box: bool = False


HEADCOUNT = (Column("number", 1.0), Column("sex", 2.2), Column("age_band", 2.6), Column("organisation", 8.0))
WITH_CONSENT = (
    Column("number", 0.8),
    Column("name", 4.4),
    Column("organisation", 3.2),
    Column("sex", 1.5),
    Column("age_band", 1.7),
    Column("contact", 3.2),
    Column("consent", 1.6, box=True),
    Column("signature", 2.4),
)


class SignInTable(Flowable):  # type: ignore[misc]
    """Header row with (multi-language) labels, then ``count`` blank rows numbered from ``first``."""

    def __init__(
        self, labels: list[str], columns: tuple[Column, ...], first: int, count: int, row_h: float, palette: Palette
    ) -> None:
        super().__init__()
        self.columns, self.first, self.count, self.row_h, self.palette = columns, first, count, row_h, palette
        style = ParagraphStyle(
            "th",
            fontName=fonts.BOLD,
            fontSize=7,
            leading=8.4,
            alignment=TA_CENTER,
            textColor=palette(TEXT),
            bulletFontName=fonts.REGULAR,
        )
        self.labels = [Paragraph(lbl, style) for lbl in labels]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        total = sum(c.weight for c in self.columns)
        self.widths = [availWidth * c.weight / total for c in self.columns]
        self.head_h = max(p.wrap(w - 2 * mm, 1e6)[1] for p, w in zip(self.labels, self.widths, strict=True)) + 3 * mm
        self.width, self.height = availWidth, self.head_h + self.count * self.row_h
        return self.width, self.height

    def minWidth(self) -> float:
        return 0.0

    def draw(self) -> None:
        c, pal = self.canv, self.palette
        top = self.height
        c.setFillColor(pal(TINT))
        c.rect(0, top - self.head_h, self.width, self.head_h, stroke=0, fill=1)
        x = 0.0
        for p, w in zip(self.labels, self.widths, strict=True):
            ph = p.wrap(w - 2 * mm, 1e6)[1]
            p.drawOn(c, x + mm, top - self.head_h + (self.head_h - ph) / 2)
            x += w
        c.setStrokeColor(pal(RULE))
        c.setLineWidth(0.6)
        c.setFont(fonts.REGULAR, 8)
        c.setFillColor(pal(TEXT))
        for i in range(self.count + 1):
            y = i * self.row_h
            c.line(0, y, self.width, y)
            if i < self.count:
                c.drawCentredString(self.widths[0] / 2, y + self.row_h * 0.35, str(self.first + self.count - 1 - i))
        c.line(0, top, self.width, top)
        x = 0.0
        box = 3.2 * mm
        for col, w in zip(self.columns, self.widths, strict=True):
            c.line(x, 0, x, top)
            if col.box:
                for i in range(self.count):
                    c.rect(x + (w - box) / 2, i * self.row_h + (self.row_h - box) / 2, box, box, stroke=1, fill=0)
            x += w
        c.line(self.width, 0, self.width, top)


def _label(job: Job, key: str) -> str:
    return " / ".join(str(getattr(job.t(lang).sign_in, key)) for lang in job.languages)


def _date(value: date | str) -> str:
    return value.strftime("%d.%m.%Y") if isinstance(value, date) else value


def build(job: Job) -> PiecePlan:
    event = job.event
    if event is None:
        raise LeafletRequestError("the sign-in sheet needs the event's details (title, date, location, organiser)")
    if not 1 <= event.rows <= MAX_ROWS:
        raise LeafletRequestError(f"sign-in rows must be between 1 and {MAX_ROWS}, not {event.rows}")
    w, h = TRIM_MM
    area_top = h - MARGIN
    left = Rect.mm(MARGIN, area_top - 120, w - 2 * MARGIN - SIDE_W - 5, 120)
    right = Rect.mm(w - MARGIN - SIDE_W, area_top - 120, SIDE_W, 120)
    header = fit_panel(
        PanelSpec(
            "sign-in header",
            left,
            lambda st: _header(job, event, st),
            SCALE,
            "the event details or the consent statement",
        ),
        job.languages,
        "stacked",
        job.palette,
        job.piece,
    )
    helpline = fit_panel(
        PanelSpec(
            "sign-in helpline box",
            right,
            partial(_helpline, job),
            SCALE,
            "the helpline heading",
        ),
        job.languages,
        "stacked",
        job.palette,
        job.piece,
    )
    lowest = min(y for placed in (header, helpline) for _, _, y in placed.draws)
    columns = WITH_CONSENT if event.consent_columns else HEADCOUNT
    labels = [_label(job, c.key) for c in columns]
    row_h = (9.0 if event.consent_columns else 8.0) * mm
    table_top = lowest - 5 * mm
    footer_area = Rect.mm(MARGIN, MARGIN - 5, w - 2 * MARGIN, FOOTER_MM)

    def footer_spec(page: int, pages: int) -> PanelSpec:
        build = partial(_footer, job, page=page, pages=pages)
        return PanelSpec("sign-in footer", footer_area, build, SCALE, "the funder name")

    # The table runs down to just above the footer, whose height depends on the languages printed.
    footer_h = min(natural_height(footer_spec(99, 99), job.languages, "stacked", job.palette), footer_area.h)
    table_bottom = footer_area.y + footer_h + 4 * mm
    probe = SignInTable(labels, columns, 1, 0, row_h, job.palette)
    probe.wrap((w - 2 * MARGIN) * mm, 1e6)
    per_page = math.floor((table_top - table_bottom - probe.head_h) / row_h)
    if per_page < 3:
        raise LeafletRequestError("the sign-in header leaves no room for the table: shorten the event details")
    pages = math.ceil(event.rows / per_page)
    sides = []
    for page in range(pages):
        first = page * per_page + 1
        count = min(per_page, event.rows - page * per_page)
        table = SignInTable(labels, columns, first, count, row_h, job.palette)
        _, th = table.wrap((w - 2 * MARGIN) * mm, 1e6)
        placed_table = Placed("sign-in table", 1.0, [(table, MARGIN * mm, table_top - th)])
        footer = fit_panel(footer_spec(page + 1, pages), job.languages, "stacked", job.palette, job.piece)
        sides.append(SidePlan(f"page {page + 1}", [header, helpline, placed_table, footer]))
    return PiecePlan(TRIM_MM, sides, "none")


def _header(job: Job, event: EventSheet, st: Styles) -> PanelContent:
    texts = [job.t(lang).sign_in for lang in job.languages]
    title = ParagraphStyle("sh_title", parent=st.title, fontSize=st.title.fontSize, leading=st.title.fontSize * 1.2)
    flow: list[Flowable] = [para(" / ".join(t.title for t in texts), title), gap(st, 0.6)]
    for key, value in (
        ("event", event.title),
        ("date", _date(event.date)),
        ("location", event.location),
        ("organiser", event.organiser),
    ):
        flow.append(para(f"{_label(job, key)}: {value}", st.body))
    notes = [t.minors_note for t in texts]
    if not event.consent_columns:
        notes = [f"{t.headcount_note} {t.minors_note}" for t in texts]
    flow.append(gap(st, 0.4))
    flow += [para(n, st.small) for n in notes]
    if event.age_bands:
        flow.append(para(f"{_label(job, 'age_band')}: {' · '.join(event.age_bands)}", st.small))
    if event.consent_columns:
        flow.append(gap(st, 0.4))
        flow += [para(f"{_consent_head(t)} {t.consent_statement}", st.small) for t in texts]
        if event.consent_version:
            flow.append(
                para(" · ".join(t.consent_version.replace("{version}", event.consent_version) for t in texts), st.small)
            )
    return PanelContent([Shared(flow)])


def _helpline(job: Job, st: Styles) -> PanelContent:
    return PanelContent([job.helpline_block(st, 26, "M", "column", wording=st.small)])


def _consent_head(t: SignInTexts) -> str:
    return f"«{t.consent}»:"


def _footer(job: Job, st: Styles, *, page: int, pages: int) -> PanelContent:
    line = " · ".join(
        job.t(lang).sign_in.page.replace("{page}", str(page)).replace("{pages}", str(pages)) for lang in job.languages
    )
    rows = [*job.footer(st), Shared([para(line, st.small_center)])]
    return PanelContent([], bottom=rows)
