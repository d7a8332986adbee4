"""Refusing what would print badly: overflowing panels, unusable logos, half-written files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PIL import Image

from fieldkit.print import (
    EventSheet,
    Helpline,
    LeafletRequestError,
    LeafletTexts,
    PanelOverflowError,
    RenderRequest,
    Section,
    default_texts,
    render,
)

from . import pdfcheck


def _long_section_two(lang: str) -> dict[str, LeafletTexts]:
    base = default_texts(lang)
    sections = list(base.sections)
    sections[1] = Section(sections[1].heading, (" ".join([sections[1].paragraphs[0]] * 80),), sections[1].bullets)
    return {lang: dataclasses.replace(base, sections=tuple(sections))}


def test_overflowing_panel_is_refused_naming_panel_language_and_what_to_shorten(
    helpline: Helpline, tmp_path: Path
) -> None:
    out = tmp_path / "trifold.pdf"
    out.write_bytes(b"previous run")
    with pytest.raises(PanelOverflowError) as err:
        render(RenderRequest("trifold", ["az"], helpline, texts=_long_section_two("az")), out)
    message = str(err.value)
    assert err.value.panel == "inside middle" and err.value.language == "az"
    assert "inside middle panel" in message and "Azerbaijani" in message
    assert "Shorten section 2 ('Təhsil və evlilik təklifləri')" in message
    assert isinstance(err.value, ValueError)
    assert out.read_bytes() == b"previous run", "a refused render leaves the old file alone"
    assert [p.name for p in tmp_path.iterdir()] == ["trifold.pdf"], "no temporary file left behind"


def test_overflow_in_a_bilingual_piece_names_the_longer_language(helpline: Helpline, tmp_path: Path) -> None:
    texts = _long_section_two("ru")
    with pytest.raises(PanelOverflowError, match="Russian text does not fit the inside middle panel") as err:
        render(RenderRequest("trifold", ["az", "ru"], helpline, texts=texts), tmp_path / "x.pdf")
    assert "or print fewer languages" in str(err.value)


def test_word_wider_than_the_panel_is_refused(helpline: Helpline, tmp_path: Path) -> None:
    base = default_texts("en")
    texts = {"en": dataclasses.replace(base, title="Call " + "W" * 60)}
    with pytest.raises(PanelOverflowError, match="is wider than the title band panel") as err:
        render(RenderRequest("a6", ["en"], helpline, texts=texts), tmp_path / "x.pdf")
    assert err.value.panel == "title band"


def _logo(path: Path) -> Path:
    image = Image.new("RGBA", (240, 80), (0, 0, 0, 0))
    for x in range(240):
        for y in range(20, 60):
            image.putpixel((x, y), (200, 30, 40, 255))
    image.save(path)
    return path


def test_logos_are_rgb_with_alpha_in_office_and_cmyk_for_the_print_shop(helpline: Helpline, tmp_path: Path) -> None:
    logo = _logo(tmp_path / "logo.png")
    office, shop = tmp_path / "office.pdf", tmp_path / "shop.pdf"
    render(RenderRequest("a5", ["az"], helpline, logos=[logo], funder="Demo"), office)
    render(RenderRequest("a5", ["az"], helpline, logos=[logo], funder="Demo", print_shop=True), shop)
    office_images = [i for i in pdfcheck.images(office) if "/SMask" in i]
    assert office_images and str(office_images[0]["/ColorSpace"]) == "/DeviceRGB"
    shop_images = pdfcheck.images(shop)
    assert shop_images and all(str(i["/ColorSpace"]) == "/DeviceCMYK" for i in shop_images)
    assert not pdfcheck.operators(shop) & {"rg", "RG"}


LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
    '<rect x="0" y="0" width="40" height="40" fill="#0b3d91"/>'
    '<circle cx="80" cy="20" r="18" fill="rgb(230,120,20)" stroke="#111111" stroke-width="2"/></svg>'
)


def test_svg_logos_are_drawn_as_vector_paths_and_go_cmyk_for_the_print_shop(helpline: Helpline, tmp_path: Path) -> None:
    svg = tmp_path / "partner.svg"
    svg.write_text(LOGO_SVG)
    office, shop = tmp_path / "office.pdf", tmp_path / "shop.pdf"
    render(RenderRequest("a5", ["az"], helpline, logos=[svg]), office)
    render(RenderRequest("a5", ["az"], helpline, logos=[svg], print_shop=True), shop)
    assert not pdfcheck.images(office), "an SVG logo stays vector: no image is embedded"
    assert "rg" in pdfcheck.operators(office)  # its RGB fills, drawn as paths
    assert not pdfcheck.operators(shop) & {"rg", "RG"}, "print-shop SVG colours must be CMYK"
    assert "k" in pdfcheck.operators(shop)


def test_bad_and_missing_logos_are_refused_clearly(helpline: Helpline, tmp_path: Path) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text("<svg><unclosed")
    with pytest.raises(LeafletRequestError, match=r"logo logo\.svg: (not a readable SVG|the SVG has no size)"):
        render(RenderRequest("a5", ["az"], helpline, logos=[svg]), tmp_path / "x.pdf")
    with pytest.raises(LeafletRequestError, match="cannot read the file"):
        render(RenderRequest("a5", ["az"], helpline, logos=[tmp_path / "gone.png"]), tmp_path / "x.pdf")


def test_sides_languages_and_copies_are_checked(helpline: Helpline, event: EventSheet, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    cases: list[tuple[RenderRequest, str]] = [
        (RenderRequest("trifold", ["az"], helpline, sides=1), "prints 2 side"),
        (RenderRequest("a5", ["az", "az"], helpline), "listed twice"),
        (RenderRequest("a5", ["tr"], helpline), "unknown language 'tr'"),
        (RenderRequest("a5", [], helpline), "at least one language"),
        (RenderRequest("a5", ["az"], helpline, copies=3, personal_lines=["a", "b"]), "must match"),
        (RenderRequest("a5", ["az"], helpline, copies=0), "copies must be"),
        (RenderRequest("signin", ["az"], helpline), "needs the event"),
        (RenderRequest("signin", ["az"], helpline, event=event, personal_lines=["x"]), "no personal line"),
        (RenderRequest("leaflet", ["az"], helpline), "unknown template"),  # type: ignore[arg-type]
    ]
    for request, message in cases:
        with pytest.raises(LeafletRequestError, match=message):
            render(request, out)
    assert not out.exists()
