"""Fitting text into fixed panels: measure everything first, then place, or refuse.

A panel is a fixed rectangle (a brochure panel between two folds, a poster band). Its content is a
list of rows; a row is either shared by all languages (the QR block) or has one flow per language,
set side by side in columns or stacked with a rule between languages. Fitting tries the nominal
type sizes, then shrinks in small steps down to a floor; below the floor the text is too long for
the panel, and `PanelOverflowError` says which panel, which language and what to shorten.
Nothing is ever drawn outside its panel, so nothing can run into a fold.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from fieldkit.print.model import Layout, PanelOverflowError
from fieldkit.print.palette import RULE, Palette
from fieldkit.print.styles import Styles, Typescale, make_styles
from fieldkit.print.texts import LANGUAGE_NAMES

Flow = list[Flowable]
FACTOR_STEP = 0.05


@dataclass(frozen=True)
class Rect:
    """A rectangle in points, origin bottom-left of the trimmed piece."""

    x: float
    y: float
    w: float
    h: float

    @classmethod
    def mm(cls, x: float, y: float, w: float, h: float) -> Rect:
        return cls(x * mm, y * mm, w * mm, h * mm)

    @property
    def top(self) -> float:
        return self.y + self.h

    def inset(self, left: float, right: float, top: float, bottom: float) -> Rect:
        """Shrink by margins given in millimetres."""
        return Rect(
            self.x + left * mm, self.y + bottom * mm, self.w - (left + right) * mm, self.h - (top + bottom) * mm
        )


@dataclass
class Shared:
    """Content shown once, across the whole panel width (QR block, logos)."""

    flow: Flow


@dataclass
class PerLang:
    """One flow per language code, arranged according to the piece's layout."""

    flows: dict[str, Flow]


Row = Shared | PerLang


@dataclass
class PanelContent:
    top: list[Row]
    bottom: list[Row] = field(default_factory=list)
    valign: Literal["top", "center"] = "top"


@dataclass
class PanelSpec:
    """A panel to fill: ``hint`` names what a coordinator should shorten when it overflows."""

    name: str
    area: Rect
    build: Callable[[Styles], PanelContent]
    typescale: Typescale
    hint: str
    min_factor: float = 0.8
    max_factor: float = 1.0  # above 1 the text grows to fill a panel that would look empty


@dataclass
class Placed:
    """A fitted panel: flowables with their positions, and divider rules."""

    name: str
    factor: float
    draws: list[tuple[Flowable, float, float]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)


@dataclass
class _Block:
    """A measured flow: items are (flowable, space before, height)."""

    items: list[tuple[Flowable, float, float]]
    height: float
    width: float
    too_wide: str | None


def _longest_word(f: Paragraph) -> str:
    words = " ".join(str(w) for frag in f.frags for w in [getattr(frag, "text", "")]).split()
    if not words:
        return "?"
    return max(words, key=lambda w: stringWidth(w, f.style.fontName, f.style.fontSize))


def _measure(flow: Flow, width: float) -> _Block:
    items: list[tuple[Flowable, float, float]] = []
    total = 0.0
    too_wide = None
    pending_after = 0.0
    for i, f in enumerate(flow):
        before = max(f.getSpaceBefore(), pending_after) if i else 0.0
        _, h = f.wrap(width, 1e6)
        if f.minWidth() > width + 0.01 and too_wide is None:
            too_wide = f"the word '{_longest_word(f)}'" if isinstance(f, Paragraph) else "an image or code"
        items.append((f, before, h))
        total += before + h
        pending_after = f.getSpaceAfter()
    return _Block(items, total, width, too_wide)


class _Fitter:
    def __init__(self, spec: PanelSpec, languages: Sequence[str], layout: Layout, styles: Styles) -> None:
        self.spec = spec
        self.languages = list(languages)
        self.side_by_side = layout == "side-by-side" and len(self.languages) > 1
        self.col_gap = 5 * mm
        self.sep = styles.gap * 0.9
        self.row_gap = styles.gap
        self.per_lang_height = dict.fromkeys(self.languages, 0.0)
        self.too_wide: tuple[str, str | None] | None = None

    def measure_row(self, row: Row, width: float) -> tuple[float, list[tuple[str | None, float, _Block]]]:
        """Row height and its blocks as (language, x offset, block)."""
        if isinstance(row, Shared):
            block = _measure(row.flow, width)
            self._note(block, None)
            for lang in self.languages:
                self.per_lang_height[lang] += block.height
            return block.height, [(None, 0.0, block)]
        langs = [lang for lang in self.languages if row.flows.get(lang)]
        if self.side_by_side:
            col = (width - self.col_gap * (len(langs) - 1)) / max(len(langs), 1)
            blocks = [(lang, i * (col + self.col_gap), _measure(row.flows[lang], col)) for i, lang in enumerate(langs)]
            height = max((b.height for _, _, b in blocks), default=0.0)
        else:
            blocks = [(lang, 0.0, _measure(row.flows[lang], width)) for lang in langs]
            height = sum(b.height for _, _, b in blocks) + 2 * self.sep * max(len(blocks) - 1, 0)
        for lang, _, b in blocks:
            self._note(b, lang)
            self.per_lang_height[lang] += b.height
        return height, [(lang, x, b) for lang, x, b in blocks]

    def _note(self, block: _Block, lang: str | None) -> None:
        if block.too_wide and self.too_wide is None:
            self.too_wide = (block.too_wide, lang)

    def measure(
        self, rows: list[Row], width: float
    ) -> tuple[float, list[tuple[float, list[tuple[str | None, float, _Block]]]]]:
        out = [self.measure_row(r, width) for r in rows]
        total = sum(h for h, _ in out) + self.row_gap * max(len(out) - 1, 0)
        return total, out

    def place(
        self, placed: Placed, measured: list[tuple[float, list[tuple[str | None, float, _Block]]]], top: float
    ) -> None:
        area = self.spec.area
        y = top
        for row_h, blocks in measured:
            if self.side_by_side and len(blocks) > 1:
                for i, (_, x, block) in enumerate(blocks):
                    self._place_block(placed, block, area.x + x, y)
                    if i:
                        mid = area.x + x - self.col_gap / 2
                        placed.rules.append((mid, y, mid, y - row_h))
            else:
                by = y
                for i, (_, x, block) in enumerate(blocks):
                    if i:
                        by -= self.sep
                        placed.rules.append((area.x, by, area.x + area.w * 0.25, by))
                        by -= self.sep
                    self._place_block(placed, block, area.x + x, by)
                    by -= block.height
            y -= row_h + self.row_gap

    @staticmethod
    def _place_block(placed: Placed, block: _Block, x: float, top: float) -> None:
        y = top
        for f, before, h in block.items:
            y -= before + h
            dx = 0.0
            if getattr(f, "hAlign", "LEFT") == "CENTER":
                dx = max(0.0, (block.width - f.width) / 2)
            placed.draws.append((f, x + dx, y))


def fit_panel(spec: PanelSpec, languages: Sequence[str], layout: Layout, palette: Palette, piece: str) -> Placed:
    """Fit ``spec`` at the largest factor that works, or raise `PanelOverflowError`."""
    area = spec.area
    steps = max(0, math.floor((spec.max_factor - spec.min_factor) / FACTOR_STEP + 1e-9))
    factors = [round(spec.max_factor - i * FACTOR_STEP, 3) for i in range(steps + 1)]
    fitter: _Fitter | None = None
    needed = 0.0
    for factor in factors:
        styles = make_styles(spec.typescale, factor, palette)
        content = spec.build(styles)
        fitter = _Fitter(spec, languages, layout, styles)
        top_h, top_rows = fitter.measure(content.top, area.w)
        bottom_h, bottom_rows = fitter.measure(content.bottom, area.w)
        gap = fitter.row_gap if content.top and content.bottom else 0.0
        needed = top_h + bottom_h + gap
        if needed <= area.h + 0.01 and fitter.too_wide is None:
            placed = Placed(spec.name, factor)
            top = area.top
            if content.valign == "center":
                top -= (area.h - bottom_h - gap - top_h) / 2
            fitter.place(placed, top_rows, top)
            fitter.place(placed, bottom_rows, area.y + bottom_h)
            return placed
    assert fitter is not None
    raise _overflow(spec, fitter, piece, needed, languages)


def _overflow(
    spec: PanelSpec, fitter: _Fitter, piece: str, needed: float, languages: Sequence[str]
) -> PanelOverflowError:
    floor = f"{round(spec.min_factor * 100)}%"
    if fitter.too_wide is not None:
        what, lang = fitter.too_wide
        name = LANGUAGE_NAMES.get(lang, "") if lang else ""
        msg = (
            f"{piece}: {what}{f' ({name})' if name else ''} is wider than the {spec.name} panel, even with "
            f"the text shrunk to {floor}. Shorten it or split it with a space."
        )
        return PanelOverflowError(msg, panel=spec.name, language=lang)
    lang = max(fitter.per_lang_height, key=lambda k: fitter.per_lang_height[k]) if fitter.per_lang_height else None
    cut = math.ceil((needed - spec.area.h) / needed * 100) + 5
    who = f"the {LANGUAGE_NAMES.get(lang, lang)} text" if lang else "the content"
    msg = (
        f"{piece}: {who} does not fit the {spec.name} panel: it needs {needed / mm:.0f} mm but the panel has "
        f"{spec.area.h / mm:.0f} mm, even with the text shrunk to {floor}. Shorten {spec.hint} by about {cut}%"
    )
    if len(languages) > 1:
        msg += ", or print fewer languages on this piece"
    return PanelOverflowError(msg + ".", panel=spec.name, language=lang)


def draw_placed(canvas: Canvas, placed: Placed, palette: Palette) -> None:
    """Draw a fitted panel; used inside the static Form XObject of a side."""
    for f, x, y in placed.draws:
        f.drawOn(canvas, x, y)
    if placed.rules:
        canvas.saveState()
        canvas.setStrokeColor(palette(RULE))
        canvas.setLineWidth(0.5)
        for x1, y1, x2, y2 in placed.rules:
            canvas.line(x1, y1, x2, y2)
        canvas.restoreState()


def natural_height(spec: PanelSpec, languages: Sequence[str], layout: Layout, palette: Palette) -> float:
    """Height the content needs at nominal size, to size flexible areas (a title band) to it."""
    styles = make_styles(spec.typescale, 1.0, palette)
    content = spec.build(styles)
    fitter = _Fitter(spec, languages, layout, styles)
    top_h, _ = fitter.measure(content.top, spec.area.w)
    bottom_h, _ = fitter.measure(content.bottom, spec.area.w)
    return top_h + bottom_h + (fitter.row_gap if content.top and content.bottom else 0.0)


class TwoColumns(Flowable):  # type: ignore[misc]
    """Groups (sections, key points) split over two columns at the most balanced group boundary.

    Stacked languages run at full panel width, where short bullets waste most of each line; two
    columns per language recover that space without splitting a section across columns.
    """

    def __init__(self, groups: list[Flow], gap: float) -> None:
        super().__init__()
        self.groups = [g for g in groups if g]
        self.gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        col = (availWidth - self.gap) / 2
        self.col = col
        self.blocks = [_measure(g, col) for g in self.groups]
        heights = [b.height for b in self.blocks]
        best = (sum(heights), len(heights))
        for k in range(1, len(heights)):
            h = max(sum(heights[:k]), sum(heights[k:]))
            if h < best[0]:
                best = (h, k)
        self.split = best[1]
        self.width, self.height = availWidth, best[0]
        return self.width, self.height

    def minWidth(self) -> float:
        widest = max((f.minWidth() for g in self.groups for f in g), default=0.0)
        return float(2 * widest + self.gap)

    def draw(self) -> None:
        for column, blocks in enumerate((self.blocks[: self.split], self.blocks[self.split :])):
            x = column * (self.col + self.gap)
            y = self.height
            for block in blocks:
                for f, before, h in block.items:
                    y -= before + h
                    f.drawOn(self.canv, x, y)
