"""The paper sign-in sheet: event details, numbered rows over pages, consent only when asked."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from fieldkit.print import EventSheet, Helpline, RenderRequest, render

from . import pdfcheck


def test_headcount_sheet_numbers_rows_across_pages_and_asks_for_no_names(
    helpline: Helpline, event: EventSheet, tmp_path: Path
) -> None:
    out = tmp_path / "signin.pdf"
    result = render(RenderRequest("signin", ["az", "en"], helpline, event=event, funder="Demo"), out)
    assert result.pages == 2 and result.items_per_sheet == 1
    first, last = pdfcheck.text(out, 0), pdfcheck.text(out, 1)
    for part in ("Təlim: təhlükəsiz miqrasiya", "14.03.2025", "Qəbələ, rayon mərkəzi", "Demo NGO"):
        assert part in first and part in last, "the event's details repeat on every page"
    assert "Səhifə 1 / 2" in first and "Page 2 of 2" in last
    numbers = {int(t) for t in (first + "\n" + last).split() if t.isdigit()}
    assert set(range(1, 31)) <= numbers
    assert "Ad, soyad" not in first and "Full name" not in first
    assert "Bu vərəqdə adlar qeyd olunmur." in first


def test_consent_columns_add_names_contacts_and_the_consent_text_version(
    helpline: Helpline, event: EventSheet, tmp_path: Path
) -> None:
    out = tmp_path / "signin.pdf"
    consent = dataclasses.replace(event, consent_columns=True, consent_version="2025-01", rows=10)
    render(RenderRequest("signin", ["az"], helpline, event=consent), out)
    text = " ".join(pdfcheck.text(out).split())
    assert "Ad, soyad" in text and "İmza" in text and "Razıyam" in text
    assert "Razılıq mətninin versiyası: 2025-01" in text
    assert "adımı və əlaqə məlumatlarımı qeyd etməsinə razıyam" in text
