"""A validated print job plus the content builders every leaflet template shares.

`Job` is built once from a `RenderRequest` (languages checked, texts resolved, QR text decided,
logos loaded) so templates receive only consistent data and never re-validate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from fieldkit.print import fonts
from fieldkit.print.blocks import HelplineBlock, LogoRow, OneLine, PersonalSlot, gap, para
from fieldkit.print.helpline import Helpline
from fieldkit.print.layout import PerLang, Placed, Rect, Row, Shared, TwoColumns
from fieldkit.print.logos import Logo
from fieldkit.print.model import EventSheet, Layout
from fieldkit.print.palette import ACCENT, WHITE, Palette
from fieldkit.print.plan import Slot
from fieldkit.print.qr import ErrorLevel, QrCode
from fieldkit.print.styles import Styles
from fieldkit.print.texts import LeafletTexts, Section


@dataclass(frozen=True)
class Job:
    template: str
    piece: str
    languages: tuple[str, ...]
    layout: Layout
    texts: dict[str, LeafletTexts]
    helpline: Helpline
    qr_text: str | None
    palette: Palette
    logos: tuple[Logo, ...]
    funders: dict[str, str] | None
    personalised: bool
    sides: int
    event: EventSheet | None

    def t(self, lang: str) -> LeafletTexts:
        return self.texts[lang]

    # -- per-language flows ------------------------------------------------------------------------

    def titles(self, st: Styles, dark: bool) -> PerLang:
        ts, ss = (st.title_dark, st.subtitle_dark) if dark else (st.title, st.subtitle)
        return PerLang(
            {
                lang: [para(self.t(lang).title, ts), gap(st, 0.5), para(self.t(lang).subtitle, ss)]
                for lang in self.languages
            }
        )

    @property
    def wide_stacked(self) -> bool:
        """Several languages each at full width: long content then goes in two columns."""
        return self.layout == "stacked" and len(self.languages) > 1

    def sections(self, st: Styles, indices: list[int], columns: bool = False) -> PerLang:
        flows: dict[str, list[Flowable]] = {}
        for lang in self.languages:
            secs = self.t(lang).sections
            groups = [section_flow(secs[i], st) for i in indices if i < len(secs)]
            if columns and self.wide_stacked:
                flows[lang] = [TwoColumns([[*g, gap(st, 0.5)] for g in groups], 5 * mm)]
                continue
            flow: list[Flowable] = []
            for group in groups:
                if flow:
                    flow.append(gap(st, 0.5))
                flow += group
            flows[lang] = flow
        return PerLang(flows)

    def key_points(self, st: Styles, heading: bool = True, columns: bool = False) -> PerLang:
        flows: dict[str, list[Flowable]] = {}
        for lang in self.languages:
            t = self.t(lang)
            flow: list[Flowable] = [para(t.key_points_heading, st.heading)] if heading else []
            points: list[Flowable] = [para(p, st.point, bullet="•") for p in t.key_points]
            if columns and self.wide_stacked:
                flow.append(TwoColumns([[p] for p in points], 5 * mm))
            else:
                flow += points
            flows[lang] = flow
        return PerLang(flows)

    def wording(self, st: Styles) -> PerLang:
        return PerLang({lang: [para(self.t(lang).helpline_wording, st.body)] for lang in self.languages})

    def notice(self, st: Styles) -> list[Row]:
        if not self.helpline.short_code:
            return []
        num = self.helpline.display
        return [
            PerLang(
                {
                    lang: [para(self.t(lang).short_code_notice.replace("{number}", num), st.notice)]
                    for lang in self.languages
                }
            )
        ]

    def footer(self, st: Styles) -> list[Row]:
        rows: list[Row] = []
        if self.funders:
            f = self.funders
            rows.append(
                PerLang(
                    {
                        lang: [para(self.t(lang).footer.replace("{funder}", f[lang]), st.small)]
                        for lang in self.languages
                    }
                )
            )
        return rows

    def logo_rows(self, height_mm: float) -> list[Row]:
        return [Shared([LogoRow(list(self.logos), height_mm)])] if self.logos else []

    def personal(self, st: Styles) -> list[Row]:
        return [Shared([PersonalSlot(st.small.fontSize * 1.15)])] if self.personalised else []

    # -- shared blocks -----------------------------------------------------------------------------

    def helpline_block(
        self,
        st: Styles,
        qr_mm: float,
        error: ErrorLevel,
        orientation: Literal["row", "column"],
        dark: bool = False,
        with_qr: bool = True,
        wording: ParagraphStyle | None = None,
    ) -> Shared:
        """The QR code with heading, number and captions; ``wording`` (a style) adds the call to action."""
        qr = QrCode(self.qr_text, error, qr_mm, self.palette) if self.qr_text and with_qr else None
        heading = " · ".join(self.t(lang).helpline_heading for lang in self.languages)
        colour = self.palette(ACCENT)
        # The number may shrink with the panel but never grows past its nominal size: it is already
        # the largest text in the block, and growing it would only squeeze the QR's neighbours.
        size = st.number.fontSize / max(st.factor, 1.0)
        number = OneLine(self.helpline.display, fonts.BOLD, size, colour, "left")
        captions: list[str] = []
        if qr is not None:
            link = not self.qr_text or not self.qr_text.startswith("tel:")
            captions = [
                self.t(lang).qr_caption_link if link else self.t(lang).qr_caption_call for lang in self.languages
            ]
        hstyle = st.heading
        if dark:
            hstyle = ParagraphStyle("dark_head", parent=st.heading, textColor=self.palette(WHITE))
        intro = [self.t(lang).helpline_wording for lang in self.languages] if wording else None
        block = HelplineBlock(qr, heading, number, captions, st, orientation, hstyle, intro, wording)
        return Shared([block])


def section_flow(section: Section, st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [para(section.heading, st.heading)]
    flow += [para(p, st.body) for p in section.paragraphs]
    flow += [para(b, st.bullet, bullet="•") for b in section.bullets]
    return flow


def find_slot(panels: list[Placed]) -> Slot | None:
    """The personal-line slot wherever the engine placed it."""
    for placed in panels:
        for f, x, y in placed.draws:
            if isinstance(f, PersonalSlot):
                return Slot(Rect(x, y, f.width, f.height), f.size, placed.name)
    return None


# Minimum printed QR symbol sizes (without quiet zone): a phone must read it at arm's length,
# and posters are read from a few metres away.
QR_MIN_MM = {"trifold": 25.0, "a5": 25.0, "a6": 25.0, "signin": 25.0, "poster-a3": 100.0, "poster-a2": 150.0}
