"""The helpline as printed: E.164 parsing, short codes, verification warnings, QR targets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fieldkit.print import Helpline, LeafletRequestError, RenderRequest, render
from fieldkit.print.palette import Palette
from fieldkit.print.qr import QUIET_ZONE, QrCode

from . import pdfcheck
from .conftest import DEMO_TEL


@pytest.mark.parametrize(
    ("raw", "e164", "display"),
    [
        ("+994 12 000 00 00", "+994120000000", "+994 12 000 00 00"),
        ("00994 12-000-00-00", "+994120000000", "+994 12 000 00 00"),
        ("+994(12)0000000", "+994120000000", "+994 12 000 00 00"),
        ("+44 20 0000 0000", "+442000000000", "+442000000000"),
    ],
)
def test_international_numbers_normalise_to_e164(raw: str, e164: str, display: str) -> None:
    line = Helpline("demo", raw)
    assert (line.e164, line.tel_uri, line.display, line.short_code) == (e164, "tel:" + e164, display, False)


def test_short_code_has_no_international_form() -> None:
    line = Helpline("demo short code", "1234")
    assert line.short_code and line.e164 is None and line.tel_uri is None and line.display == "1234"


@pytest.mark.parametrize("raw", ["012 000 00 00", "+0994120000000", "+99412abc", "", "1234567"])
def test_ambiguous_numbers_are_refused(raw: str) -> None:
    with pytest.raises(ValueError, match="helpline number"):
        Helpline("demo", raw)


def test_unverified_helpline_warns(tmp_path: Path) -> None:
    line = Helpline("Demo helpline (fictional)", "+994 12 000 00 00")
    result = render(RenderRequest("a6", ["az"], line, funder="Demo"), tmp_path / "a6.pdf")
    assert len(result.warnings) == 1
    assert "never been verified" in result.warnings[0] and "+994 12 000 00 00" in result.warnings[0]
    assert [d.text for d in pdfcheck.decode_qr(tmp_path / "a6.pdf")] == [DEMO_TEL]


def test_missing_funder_warns(helpline: Helpline, tmp_path: Path) -> None:
    result = render(RenderRequest("a6", ["az"], helpline), tmp_path / "a6.pdf")
    assert result.warnings == ["No funder was given, so the funder acknowledgement is left out."]


@pytest.mark.parametrize("template", ["a5", "trifold", "poster-a3"])
def test_short_code_prints_notice_warns_and_prints_no_tel_code(template: str, tmp_path: Path) -> None:
    line = Helpline("Demo short code (fictional)", "1234", verified_at=date(2025, 1, 1))
    out = tmp_path / "short.pdf"
    result = render(RenderRequest(template, ["az", "en"], line, funder="Demo"), out)  # type: ignore[arg-type]
    assert any("short code" in w and "cannot be dialled from abroad" in w for w in result.warnings)
    assert any("No QR code is printed" in w for w in result.warnings)
    assert result.qr_text is None
    text = " ".join(pdfcheck.text(out).split())
    assert "1234 nömrəsi yalnız Azərbaycan daxilində işləyir." in text
    assert "The number 1234 works only inside Azerbaijan." in text
    assert pdfcheck.decode_qr(out, 0, 40 if template.startswith("poster") else 110) == []


def test_short_code_with_coordinator_url_prints_the_url_code(tmp_path: Path) -> None:
    line = Helpline("Demo short code (fictional)", "1234", verified_at=date(2025, 1, 1))
    url = "https://example.org/helpline"
    out = tmp_path / "short.pdf"
    result = render(RenderRequest("a5", ["az"], line, qr_target=url, funder="Demo"), out)
    assert [d.text for d in pdfcheck.decode_qr(out)] == [url]
    assert len(result.warnings) == 1 and "short code" in result.warnings[0]
    assert "Ətraflı məlumat üçün skan edin" in pdfcheck.text(out, 0)


@pytest.mark.parametrize("target", ["ftp://example.org/x", "tel:1234", "https://exa mple.org", "tel:+994 12"])
def test_bad_qr_targets_are_refused(target: str, helpline: Helpline, tmp_path: Path) -> None:
    with pytest.raises(LeafletRequestError, match="QR target"):
        render(RenderRequest("a5", ["az"], helpline, qr_target=target), tmp_path / "x.pdf")


def test_qr_code_is_drawn_as_vector_modules_in_black(helpline: Helpline, tmp_path: Path) -> None:
    out = tmp_path / "a5.pdf"
    render(RenderRequest("a5", ["az"], helpline, print_shop=True, funder="Demo"), out)
    assert pdfcheck.images(out) == [], "no raster images: the code is paths"
    ops = pdfcheck.operators(out)
    assert {"re", "f"} <= ops, "modules are rectangles filled with the non-zero rule (overlaps union)"
    assert b"0 0 0 1 k" in b"".join(_streams(out)), "modules in 100% K"


def test_quiet_zone_is_four_modules() -> None:
    code = QrCode(DEMO_TEL, "M", 30, Palette(cmyk=True))
    assert code.total == pytest.approx(code.symbol + 2 * QUIET_ZONE * code.module)
    assert QUIET_ZONE >= 4


def _streams(path: Path) -> list[bytes]:
    from typing import Any

    from pypdf import PdfReader

    reader = PdfReader(str(path))
    out = []
    for page in reader.pages:
        contents = page.get_contents()
        assert contents is not None
        out.append(contents.get_data())
        resources: Any = page["/Resources"]
        for xobj in resources["/XObject"].values():
            out.append(xobj.get_object().get_data())
    return out
