"""Leaflet wording as data: defaults per language, coordinator overrides, and refusals."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from fieldkit.print import (
    LANGUAGES,
    Helpline,
    RenderRequest,
    TextsError,
    default_texts,
    render,
    resource_path,
    texts_from_dict,
    texts_to_dict,
)

from . import pdfcheck


@pytest.mark.parametrize("lang", LANGUAGES)
def test_default_texts_load_for_every_language(lang: str) -> None:
    texts = default_texts(lang)
    assert texts.language == lang
    assert len(texts.sections) >= 4 and texts.key_points
    assert "{funder}" in texts.footer and "{number}" in texts.short_code_notice


def test_azerbaijani_defaults_use_the_azerbaijani_alphabet() -> None:
    joined = "".join(default_texts("az").all_strings())
    assert set("əğıİşçöüƏ") - {"Ə"} <= set(joined)
    assert "%" not in joined, "no statistics in the default texts"


def test_published_texts_round_trip_and_fill_missing_fields_from_defaults() -> None:
    base = default_texts("en")
    data = texts_to_dict(base)
    assert texts_from_dict(data) == base
    partial = {"language": "en", "title": "Stay safe abroad", "sign_in": {"title": "Attendance"}}
    merged = texts_from_dict(partial, fallback=base)
    assert merged.title == "Stay safe abroad"
    assert merged.sign_in.title == "Attendance" and merged.sign_in.date == base.sign_in.date
    assert merged.sections == base.sections


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"footer": "Supported by our partners."}, "must contain {funder}"),
        ({"short_code_notice": "Works only here."}, "must contain {number}"),
        ({"title": ""}, "'title' must be a non-empty string"),
        ({"key_points": []}, "'key_points' must not be empty"),
        ({"title": "Call us ☎"}, "cannot print ☎"),
        ({"language": "de"}, "'language' must be one of"),
    ],
)
def test_unprintable_texts_are_refused_with_the_field_named(change: dict[str, object], message: str) -> None:
    data = {**texts_to_dict(default_texts("en")), **change}
    with pytest.raises(TextsError, match=message):
        texts_from_dict(data)


def test_coordinator_texts_replace_the_defaults_on_the_leaflet(helpline: Helpline, tmp_path: Path) -> None:
    custom = dataclasses.replace(default_texts("az"), title="Təhlükəsiz miqrasiya: İşə düzəlməzdən əvvəl yoxlayın")
    out = tmp_path / "a5.pdf"
    render(RenderRequest("a5", ["az"], helpline, texts={"az": custom}, funder="Demo"), out)
    text = " ".join(pdfcheck.text(out, 0).split())
    assert "Təhlükəsiz miqrasiya: İşə düzəlməzdən əvvəl yoxlayın" in text
    assert default_texts("az").title not in text


def test_texts_marked_with_another_language_are_refused(helpline: Helpline, tmp_path: Path) -> None:
    with pytest.raises(TextsError, match="marked 'en'"):
        render(RenderRequest("a5", ["az"], helpline, texts={"az": default_texts("en")}), tmp_path / "x.pdf")


def test_funder_can_be_named_per_language(helpline: Helpline, tmp_path: Path) -> None:
    out = tmp_path / "a6.pdf"
    funder = {"az": "Nümunə Fondu", "en": "the Example Fund"}
    render(RenderRequest("a6", ["az", "en"], helpline, funder=funder), out)
    text = " ".join(pdfcheck.text(out).split())
    assert "Bu material Nümunə Fondu tərəfindən dəstəklənən" in text
    assert "Prepared with the support of the Example Fund." in text
    with pytest.raises(ValueError, match="missing for language 'en'"):
        render(RenderRequest("a6", ["az", "en"], helpline, funder={"az": "X"}), tmp_path / "b.pdf")


def test_resource_path_reads_the_bundle_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert resource_path("fonts", "OFL.txt").is_file()
    assert resource_path("texts", "az.json").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts") == tmp_path / "resources" / "fonts"
