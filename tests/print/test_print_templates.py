"""Every template in every language combination, office and print-shop, checked as a reader would:
the QR code scans to the helpline, every font is embedded, the Azerbaijani letters survive, and a
print shop gets correct boxes and CMYK-only content."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.print import TEMPLATES, EventSheet, Helpline, LeafletRequestError, RenderRequest, render
from fieldkit.print.templates import TEMPLATE_INFO

from . import pdfcheck
from .conftest import DEMO_TEL

COMBOS: list[tuple[tuple[str, ...], str | None]] = [
    (("az",), None),
    (("en",), None),
    (("ru",), None),
    (("az", "en"), "side-by-side"),
    (("az", "en"), "stacked"),
    (("az", "ru"), None),
    (("az", "en", "ru"), "stacked"),
]
# Resolution at which a phone-sized QR module is at least ~3 pixels; posters are large.
DPI = {"poster-a3": 40, "poster-a2": 30}
AZ_LETTERS = set("əğıİş")
AZ_STRINGS = {
    "signin": ["İştirakçıların qeydiyyat vərəqi", "tanıdığınız"],
    "default": ["Xaricə gedirsiniz?", "İnsan alveri", "tanıdığınız"],
}


def _request(
    template: str, langs: tuple[str, ...], layout: str | None, helpline: Helpline, event: EventSheet, shop: bool
) -> RenderRequest:
    return RenderRequest(
        template=template,  # type: ignore[arg-type]
        languages=langs,
        helpline=helpline,
        layout=layout,  # type: ignore[arg-type]
        funder="the Demo Foundation",
        print_shop=shop,
        event=event,
    )


@pytest.mark.parametrize("shop", [False, True], ids=["office", "print-shop"])
@pytest.mark.parametrize(("langs", "layout"), COMBOS, ids=lambda v: "+".join(v) if isinstance(v, tuple) else str(v))
@pytest.mark.parametrize("template", TEMPLATES)
def test_piece_scans_embeds_fonts_and_keeps_azerbaijani_letters(
    template: str,
    langs: tuple[str, ...],
    layout: str | None,
    shop: bool,
    helpline: Helpline,
    event: EventSheet,
    tmp_path: Path,
) -> None:
    out = tmp_path / "piece.pdf"
    info = TEMPLATE_INFO[template]
    request = _request(template, langs, layout, helpline, event, shop)
    if len(langs) > info.max_languages:
        with pytest.raises(LeafletRequestError, match=f"at most {info.max_languages} languages"):
            render(request, out)
        assert not out.exists()
        return

    result = render(request, out)

    assert result.warnings == []
    assert result.pages == pdfcheck.page_count(out)
    decoded = pdfcheck.decode_qr(out, 0, DPI.get(template, 110))
    assert [d.text for d in decoded] == [DEMO_TEL]
    assert decoded[0].size_mm >= info.qr_min_mm
    assert decoded[0].ec_level == ("Q" if template.startswith("poster") else "M")

    fonts = pdfcheck.fonts(out)
    assert fonts, "text is drawn with embedded TrueType fonts"
    assert all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)
    assert b"Helvetica" not in out.read_bytes()

    if "az" in langs:
        text = pdfcheck.text(out)
        assert set(text) >= AZ_LETTERS
        for s in AZ_STRINGS.get(template, AZ_STRINGS["default"]):
            assert s in text.replace("\n", " ")

    if shop:
        _assert_print_shop(out, result.pages, info.trim_mm)


def _assert_print_shop(out: Path, pages: int, trim_mm: tuple[float, float]) -> None:
    for index in range(pages):
        b = pdfcheck.boxes(out, index)
        tx0, ty0, tx1, ty1 = b["trimbox"]
        bx0, by0, bx1, by1 = b["bleedbox"]
        mx0, my0, mx1, my1 = b["mediabox"]
        assert (tx1 - tx0, ty1 - ty0) == pytest.approx(trim_mm, abs=0.01)
        assert (tx0 - bx0, ty0 - by0, bx1 - tx1, by1 - ty1) == pytest.approx((3, 3, 3, 3), abs=0.01)
        assert mx0 < bx0 and my0 < by0 and mx1 > bx1 and my1 > by1, "crop marks sit outside the bleed"
    ops = pdfcheck.operators(out)
    assert not ops & {"rg", "RG"}, "print-shop content must be CMYK only"
    assert "k" in ops


def test_three_languages_side_by_side_is_refused(helpline: Helpline, event: EventSheet, tmp_path: Path) -> None:
    request = _request("trifold", ("az", "en", "ru"), "side-by-side", helpline, event, False)
    with pytest.raises(LeafletRequestError, match="side-by-side takes two languages"):
        render(request, tmp_path / "x.pdf")


def test_single_layout_with_two_languages_is_refused(helpline: Helpline, event: EventSheet, tmp_path: Path) -> None:
    with pytest.raises(LeafletRequestError, match="'single' prints one language"):
        render(_request("a5", ("az", "en"), "single", helpline, event, False), tmp_path / "x.pdf")
