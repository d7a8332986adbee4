"""Where things land on the sheet: brochure panel order and folds, personal lines, N-up, marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.print import Helpline, LeafletRequestError, PanelOverflowError, RenderRequest, render

from . import pdfcheck
from .conftest import DEMO_TEL

FOLDS_OUTSIDE = (97.0, 197.0)
FOLDS_INSIDE = (100.0, 200.0)
FOLD_CLEARANCE_MM = 5.0


def _xs_of(path: Path, index: int, needle: str) -> tuple[float, float]:
    chars = pdfcheck.char_boxes(path, index)
    joined = "".join(c for c, _ in chars)
    at = joined.find(needle)
    assert at >= 0, f"{needle!r} not on page {index + 1}"
    boxes = [b for _, b in chars[at : at + len(needle)]]
    return min(b[0] for b in boxes), max(b[2] for b in boxes)


@pytest.mark.parametrize(
    ("langs", "layout"), [(("en",), None), (("az", "en"), "side-by-side"), (("az", "en", "ru"), "stacked")]
)
def test_trifold_panels_follow_roll_fold_order_and_no_text_crosses_a_fold(
    langs: tuple[str, ...], layout: str | None, helpline: Helpline, tmp_path: Path
) -> None:
    out = tmp_path / "trifold.pdf"
    result = render(RenderRequest("trifold", langs, helpline, layout=layout, funder="Demo"), out)  # type: ignore[arg-type]
    assert (result.pages, result.duplex) == (2, "short-edge")
    # Outside: inner flap 0-97 | back cover 97-197 | front cover 197-297.
    lang = langs[-1]
    title = {"en": "Going", "az": "Xaricə", "ru": "Уезжаете"}[lang]
    x0, x1 = _xs_of(out, 0, title)
    assert x0 > 197 and x1 < 297
    x0, x1 = _xs_of(out, 0, "+994 12 000 00 00")
    assert x0 > 97 and x1 < 297
    # Inside: sections 1, 2, 3 left to right on panels 0-100 | 100-200 | 200-297.
    # One distinctive word of each section heading (headings may wrap in narrow columns).
    heads = {
        "en": ["Job", "Study", "Your"],
        "az": ["Xaricdə", "Təhsil", "Pasportunuz"],
        "ru": ["работы", "учёбы", "Ваш"],
    }[lang]
    for (lo, hi), head in zip([(0, 100), (100, 200), (200, 297)], heads, strict=True):
        x0, x1 = _xs_of(out, 1, head)
        assert lo < x0 and x1 < hi, head
    for index, folds in ((0, FOLDS_OUTSIDE), (1, FOLDS_INSIDE)):
        for ch, (left, _, right, _) in pdfcheck.char_boxes(out, index):
            if not ch.strip():
                continue
            for fold in folds:
                assert right < fold - FOLD_CLEARANCE_MM or left > fold + FOLD_CLEARANCE_MM, (ch, fold)


def test_personalised_run_puts_each_line_on_its_own_page(helpline: Helpline, tmp_path: Path) -> None:
    lines = [f"Distributed at Qırmızı Körpü, table {n}" for n in range(1, 6)]
    out = tmp_path / "run.pdf"
    result = render(RenderRequest("a5", ["az"], helpline, sides=1, personal_lines=lines, funder="Demo"), out)
    assert (result.pages, result.items, result.items_per_sheet) == (5, 5, 1)
    for index, line in enumerate(lines):
        page = pdfcheck.text(out, index)
        assert line in page
        assert all(other not in page for other in lines if other != line)
    assert [d.text for d in pdfcheck.decode_qr(out, 4)] == [DEMO_TEL]


def test_two_sided_personalised_run_alternates_front_and_back(helpline: Helpline, tmp_path: Path) -> None:
    lines = ["Distributed at Astara", "Distributed at Sadarak"]
    out = tmp_path / "run.pdf"
    result = render(RenderRequest("a6", ["az", "en"], helpline, personal_lines=lines, funder="Demo"), out)
    assert (result.pages, result.sides) == (4, 2)
    assert lines[0] in pdfcheck.text(out, 0) and lines[1] in pdfcheck.text(out, 2)
    assert not any(line in pdfcheck.text(out, 1) + pdfcheck.text(out, 3) for line in lines)


def test_n_up_places_several_cards_per_sheet_each_with_its_line(helpline: Helpline, tmp_path: Path) -> None:
    lines = [f"Card {n}" for n in range(1, 7)]
    out = tmp_path / "cards.pdf"
    result = render(RenderRequest("a6", ["en"], helpline, personal_lines=lines, n_up=4, sides=1, funder="Demo"), out)
    assert (result.pages, result.items, result.items_per_sheet) == (2, 6, 4)
    assert result.page_size_mm == (210.0, 297.0)
    assert {d.text for d in pdfcheck.decode_qr(out, 0, 110)} == {DEMO_TEL}
    assert len(pdfcheck.decode_qr(out, 0, 110)) == 4
    assert len(pdfcheck.decode_qr(out, 1, 110)) == 2, "the last sheet leaves unused slots blank"
    first, second = pdfcheck.text(out, 0), pdfcheck.text(out, 1)
    assert all(f"Card {n}" in first for n in range(1, 5))
    assert all(f"Card {n}" in second for n in (5, 6))


def test_plain_copies_fill_whole_sheets(helpline: Helpline, tmp_path: Path) -> None:
    result = render(RenderRequest("a5", ["az"], helpline, copies=3, n_up=2, funder="Demo"), tmp_path / "a5.pdf")
    assert (result.items, result.items_per_sheet, result.pages, result.duplex) == (4, 2, 4, "short-edge")


def test_n_up_is_refused_where_it_cannot_work(helpline: Helpline, tmp_path: Path) -> None:
    with pytest.raises(LeafletRequestError, match="print shop imposes"):
        render(RenderRequest("a6", ["az"], helpline, n_up=4, print_shop=True), tmp_path / "x.pdf")
    with pytest.raises(LeafletRequestError, match="do not fit on one A4 sheet"):
        render(RenderRequest("poster-a3", ["az"], helpline, n_up=2), tmp_path / "x.pdf")


def test_too_long_personal_line_is_refused_naming_the_slot(helpline: Helpline, tmp_path: Path) -> None:
    lines = ["ok", "Distributed at " + "a very long place name " * 12]
    with pytest.raises(PanelOverflowError, match="personal line 2") as err:
        render(RenderRequest("a6", ["az"], helpline, personal_lines=lines), tmp_path / "x.pdf")
    assert err.value.panel.startswith("personal line")


def test_print_shop_page_carries_slug_for_crop_marks(helpline: Helpline, tmp_path: Path) -> None:
    out = tmp_path / "a5.pdf"
    result = render(RenderRequest("a5", ["az"], helpline, print_shop=True, funder="Demo"), out)
    assert result.trim_size_mm == (148, 210)
    assert result.page_size_mm == (172.0, 234.0)
    assert "Field Kit · A5 leaflet" in pdfcheck.text(out, 0)


def test_print_shop_backgrounds_run_into_the_bleed_without_scaling_the_artwork(
    helpline: Helpline, tmp_path: Path
) -> None:
    office, shop = tmp_path / "office.pdf", tmp_path / "shop.pdf"
    render(RenderRequest("a5", ["en"], helpline, sides=1, funder="Demo"), office)
    render(RenderRequest("a5", ["en"], helpline, sides=1, funder="Demo", print_shop=True), shop)
    slug = 12.0
    # Same artwork, only moved by the slug: characters sit at the same place relative to the trim.
    a = _xs_of(office, 0, "Going")
    b = _xs_of(shop, 0, "Going")
    assert b[0] - slug == pytest.approx(a[0], abs=0.05) and b[1] - slug == pytest.approx(a[1], abs=0.05)
    dpi = 72
    image = pdfcheck.page_image(shop, 0, dpi)
    px = dpi / 25.4

    def colour(x_mm: float, y_from_top_mm: float) -> tuple[int, int, int]:
        return image.getpixel((round(x_mm * px), round(y_from_top_mm * px)))  # type: ignore[return-value]

    navy = colour(slug + 74, slug + 10)
    assert navy[2] > navy[0] + 40, "the title band is navy"
    assert colour(slug + 74, slug - 1.5) == navy, "the band continues into the 3 mm bleed above the trim"
    assert colour(slug - 1.5, slug + 10) == navy, "and beside it"
    assert colour(slug + 74, slug - 3.8) == (255, 255, 255), "but stops at the bleed edge"
