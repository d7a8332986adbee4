"""`render`: from a request to a finished PDF on disk, written atomically.

Each side of a piece is drawn once into a Form XObject; every page then places that form and adds
only what differs per copy (the personal line). A 500-copy personalised run therefore costs little
more than 500 empty pages, and the file stays small because the static content is stored once.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fieldkit.print import fonts
from fieldkit.print.blocks import HelplineBlock
from fieldkit.print.layout import Rect, draw_placed
from fieldkit.print.model import LeafletRequestError, PanelOverflowError, RenderRequest, RenderResult
from fieldkit.print.palette import TEXT, Palette
from fieldkit.print.plan import PiecePlan, SidePlan, Slot
from fieldkit.print.prepare import prepare
from fieldkit.print.sheet import SheetGeometry, draw_marks, geometry
from fieldkit.print.templates import TemplateInfo, template_info
from fieldkit.print.texts import LANGUAGE_NAMES

PERSONAL_MIN_FACTOR = 0.75


def render(request: RenderRequest, out_path: str | os.PathLike[str]) -> RenderResult:
    """Render ``request`` to ``out_path``; raises ValueError subclasses for anything unprintable."""
    fonts.register_fonts()
    # ASCII85 on top of Flate only makes streams 25 % bigger and costs a pure-Python encode per page.
    # This is process-wide ReportLab configuration; Field Kit is its only user.
    rl_config.useA85 = 0
    info = template_info(request.template)
    job, warnings, lines, copies = prepare(request, info)
    plan = info.build(job)
    _check_qr(plan, info)
    if info.name == "signin" and request.n_up != 1:
        raise LeafletRequestError("sign-in sheets print one per page; N-up is for leaflets and cards")
    geo = geometry(plan.trim_mm, request.print_shop, request.n_up, info.piece)
    items = _items(lines, copies, geo.n_up)
    sizes = _personal_sizes(plan, lines, info)
    title = f"{job.t(job.languages[0]).title} ({info.piece}, {'+'.join(job.languages)})"
    with _atomic(Path(out_path)) as fh:
        pages = _write(fh, plan, geo, job.palette, items, sizes, title, job.languages, info)
    return RenderResult(
        pages=pages,
        warnings=warnings,
        items_per_sheet=geo.n_up,
        items=sum(1 for i in items if i is not False),
        sides=len(plan.sides) if info.name != "signin" else 1,
        duplex=geo.duplex(len(plan.sides)) if info.name != "signin" else "none",
        qr_text=job.qr_text,
        page_size_mm=(round(geo.media[0] / mm, 2), round(geo.media[1] / mm, 2)),
        trim_size_mm=plan.trim_mm,
        languages=job.languages,
    )


def _check_qr(plan: PiecePlan, info: TemplateInfo) -> None:
    """Guard the format minimum: a template change must never shrink the code below it."""
    for side in plan.sides:
        for placed in side.panels:
            for f, _, _ in placed.draws:
                if isinstance(f, HelplineBlock) and f.qr is not None and f.qr.symbol < info.qr_min_mm * mm - 0.01:
                    raise AssertionError(
                        f"{info.piece}: QR code {f.qr.symbol / mm:.0f} mm is below {info.qr_min_mm} mm"
                    )


def _items(lines: tuple[str, ...] | None, copies: int, n_up: int) -> list[str | bool | None]:
    """One entry per slot: a personal line, None (plain copy) or False (empty slot on the last sheet)."""
    items: list[str | bool | None] = list(lines) if lines is not None else [None] * copies
    rest = -len(items) % n_up
    items += [False if lines is not None else None] * rest
    return items


def _personal_sizes(plan: PiecePlan, lines: tuple[str, ...] | None, info: TemplateInfo) -> list[float]:
    """Font size per personal line: nominal, shrunk a little if needed, or refused."""
    if lines is None:
        return []
    slot = next((s.slot for s in plan.sides if s.slot is not None), None)
    assert slot is not None, "personalised plans reserve a slot"
    sizes = []
    for n, line in enumerate(lines, 1):
        width = fonts.text_width(line, fonts.ITALIC, slot.size)
        size = slot.size if width <= slot.rect.w else slot.size * slot.rect.w / width
        if size < slot.size * PERSONAL_MIN_FACTOR:
            fit = int(len(line) * size / slot.size * 0.95)
            raise PanelOverflowError(
                f"{info.piece}: personal line {n} ({line!r}) is too long for the {slot.panel} panel; "
                f"shorten it to about {fit} characters.",
                panel=f"personal line ({slot.panel})",
                language=None,
            )
        sizes.append(size)
    return sizes


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[IO[bytes]]:
    """Write to a temporary file beside ``path``, fsync it, then rename it into place."""
    path = path.expanduser()
    parent = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=parent)
    try:
        # mkstemp creates 0600; a PDF is a document to share, so keep an existing file's mode or use 0644.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _bleed(rect: Rect, trim: tuple[float, float], bleed: float) -> tuple[float, float, float, float]:
    """Extend edges that lie on the trim edge into the bleed (never scale the artwork)."""
    x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.w, rect.y + rect.h
    eps = 0.01
    x0 -= bleed if abs(x0) < eps else 0.0
    y0 -= bleed if abs(y0) < eps else 0.0
    x1 += bleed if abs(x1 - trim[0]) < eps else 0.0
    y1 += bleed if abs(y1 - trim[1]) < eps else 0.0
    return x0, y0, x1 - x0, y1 - y0


def _side_form(c: Canvas, name: str, side: SidePlan, geo: SheetGeometry, palette: Palette) -> None:
    b = geo.bleed
    c.beginForm(name, -b, -b, geo.trim[0] + b, geo.trim[1] + b)
    for bg in side.backgrounds:
        c.setFillColor(palette(bg.ink))
        c.rect(*_bleed(bg.rect, geo.trim, b), stroke=0, fill=1)
    for placed in side.panels:
        draw_placed(c, placed, palette)
    c.endForm()


def _write(
    fh: IO[bytes],
    plan: PiecePlan,
    geo: SheetGeometry,
    palette: Palette,
    items: list[str | bool | None],
    sizes: list[float],
    title: str,
    langs: tuple[str, ...],
    info: TemplateInfo,
) -> int:
    c = Canvas(
        fh,
        pagesize=geo.media,
        initialFontName=fonts.REGULAR,
        enforceColorSpace="cmyk" if geo.print_shop else None,
        pageCompression=1,
        lang=langs[0],
    )
    c.setTitle(title)
    c.setAuthor("Field Kit")
    c.setCreator("Field Kit")
    c.setSubject(f"{info.piece}; languages: {', '.join(LANGUAGE_NAMES.get(x, x) for x in langs)}")
    for i, side in enumerate(plan.sides):
        _side_form(c, f"fkSide{i}", side, geo, palette)
        if geo.print_shop:
            c.beginForm(f"fkMarks{i}")
            trim = f"{plan.trim_mm[0]:g}×{plan.trim_mm[1]:g} mm"
            label = f"Field Kit · {info.piece} · {side.name} ({i + 1}/{len(plan.sides)}) · trim {trim}, bleed 3 mm"
            draw_marks(c, geo, palette, side.folds_mm, label)
            c.endForm()
    if geo.print_shop:
        (x, y), (w, h), b = geo.slots[0], geo.trim, geo.bleed
        c.setTrimBox((x, y, x + w, y + h))
        c.setBleedBox((x - b, y - b, x + w + b, y + h + b))
    ink = palette(TEXT)
    pages = 0
    line_no = 0
    for start in range(0, len(items), geo.n_up):
        sheet = items[start : start + geo.n_up]
        for i, side in enumerate(plan.sides):
            back = len(plan.sides) == 2 and i == 1
            for k, item in enumerate(sheet):
                if item is False:
                    continue
                x, y = geo.slot(k, back)
                c.saveState()
                c.translate(x, y)
                c.doForm(f"fkSide{i}")
                if isinstance(item, str) and side.slot is not None:
                    _personal(c, side.slot, item, sizes[line_no + k], ink)
                c.restoreState()
            if geo.print_shop:
                c.doForm(f"fkMarks{i}")
            c.showPage()
            pages += 1
        line_no += len(sheet)
    c.save()
    return pages


def _personal(c: Canvas, slot: Slot, line: str, size: float, ink: object) -> None:
    r = slot.rect
    c.setFont(fonts.ITALIC, size)
    c.setFillColor(ink)
    c.drawCentredString(r.x + r.w / 2, r.y + (r.h - size) / 2 + size * 0.22, line)
