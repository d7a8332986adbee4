"""Leaflet wording as data, per language, with defaults shipped in ``resources/texts``.

Coordinators publish their own approved texts later (they arrive from the store through sync).
They use the same shape: `texts_from_dict` reads the published JSON, filling any missing field
from the default for that language, so an old or partial publication still renders.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from functools import cache
from typing import Any

from fieldkit.print.fonts import missing_glyphs
from fieldkit.print.resources import resource_path

LANGUAGES = ("az", "en", "ru")
LANGUAGE_NAMES = {"az": "Azerbaijani", "en": "English", "ru": "Russian"}


class TextsError(ValueError):
    """Texts that cannot be printed: a missing field, a bad placeholder, a glyph the font lacks."""


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class SignInTexts:
    """Labels of the paper sign-in sheet; ``{page}``, ``{pages}`` and ``{version}`` are filled in."""

    title: str
    event: str
    date: str
    location: str
    organiser: str
    page: str
    number: str
    sex: str
    age_band: str
    organisation: str
    name: str
    contact: str
    consent: str
    signature: str
    consent_statement: str
    consent_version: str
    headcount_note: str
    minors_note: str


@dataclass(frozen=True)
class LeafletTexts:
    """Everything a piece prints in one language. ``{number}`` and ``{funder}`` are placeholders."""

    language: str
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    key_points_heading: str
    key_points: tuple[str, ...]
    helpline_heading: str
    helpline_wording: str
    qr_caption_call: str
    qr_caption_link: str
    short_code_notice: str
    footer: str
    sign_in: SignInTexts

    def all_strings(self) -> list[str]:
        out = [self.title, self.subtitle, self.key_points_heading, *self.key_points]
        out += [self.helpline_heading, self.helpline_wording, self.qr_caption_call]
        out += [self.qr_caption_link, self.short_code_notice, self.footer]
        for s in self.sections:
            out += [s.heading, *s.paragraphs, *s.bullets]
        out += [str(getattr(self.sign_in, f.name)) for f in fields(SignInTexts)]
        return out


def _str(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise TextsError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _strs(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise TextsError(f"{where}: '{key}' must be a list of strings")
    out = tuple(v.strip() for v in value if isinstance(v, str) and v.strip())
    if len(out) != len(value):
        raise TextsError(f"{where}: '{key}' must contain only non-empty strings")
    return out


def texts_from_dict(data: Mapping[str, Any], fallback: LeafletTexts | None = None) -> LeafletTexts:
    """Read texts as stored (JSON), taking missing fields from ``fallback``, and validate them."""
    merged: dict[str, Any] = asdict(fallback) if fallback is not None else {}
    merged.update({k: v for k, v in data.items() if v is not None})
    if fallback is not None and isinstance(data.get("sign_in"), Mapping):
        merged["sign_in"] = {**asdict(fallback.sign_in), **data["sign_in"]}
    lang = merged.get("language")
    where = f"texts ({lang or '?'})"
    if lang not in LANGUAGES:
        raise TextsError(f"{where}: 'language' must be one of {', '.join(LANGUAGES)}")
    raw_sections = merged.get("sections")
    if not isinstance(raw_sections, Sequence) or not raw_sections:
        raise TextsError(f"{where}: 'sections' must be a non-empty list")
    sections = []
    for i, raw in enumerate(raw_sections, 1):
        if not isinstance(raw, Mapping):
            raise TextsError(f"{where}: section {i} must be an object")
        w = f"{where} section {i}"
        sections.append(Section(_str(raw, "heading", w), _strs(raw, "paragraphs", w), _strs(raw, "bullets", w)))
    raw_sign = merged.get("sign_in")
    if not isinstance(raw_sign, Mapping):
        raise TextsError(f"{where}: 'sign_in' must be an object")
    sign_in = SignInTexts(**{f.name: _str(raw_sign, f.name, f"{where} sign_in") for f in fields(SignInTexts)})
    scalar = {
        f.name: _str(merged, f.name, where)
        for f in fields(LeafletTexts)
        if f.name not in ("language", "sections", "key_points", "sign_in")
    }
    texts = LeafletTexts(
        language=lang,
        sections=tuple(sections),
        key_points=_strs(merged, "key_points", where),
        sign_in=sign_in,
        **scalar,
    )
    _validate(texts, where)
    return texts


def _validate(texts: LeafletTexts, where: str) -> None:
    if not texts.key_points:
        raise TextsError(f"{where}: 'key_points' must not be empty")
    if "{number}" not in texts.short_code_notice:
        raise TextsError(f"{where}: 'short_code_notice' must contain {{number}}")
    if "{funder}" not in texts.footer:
        raise TextsError(f"{where}: 'footer' must contain {{funder}}")
    missing = missing_glyphs("".join(texts.all_strings()))
    if missing:
        raise TextsError(f"{where}: the bundled font cannot print {' '.join(missing)}")


def texts_to_dict(texts: LeafletTexts) -> dict[str, Any]:
    """The JSON shape a coordinator edits and publishes."""
    return asdict(texts)


@cache
def default_texts(language: str) -> LeafletTexts:
    """The shipped wording for ``language`` (az, en or ru)."""
    if language not in LANGUAGES:
        raise TextsError(f"no texts for language {language!r}: use one of {', '.join(LANGUAGES)}")
    path = resource_path("texts", f"{language}.json")
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    texts = texts_from_dict(data)
    if texts.language != language:
        raise TextsError(f"{path} declares language {texts.language!r}, expected {language!r}")
    return texts


def resolve_texts(
    languages: Sequence[str], overrides: Mapping[str, LeafletTexts] | None = None
) -> dict[str, LeafletTexts]:
    """Texts for each requested language: the caller's published texts if given, else defaults."""
    out: dict[str, LeafletTexts] = {}
    for lang in languages:
        given = (overrides or {}).get(lang)
        if given is not None and given.language != lang:
            raise TextsError(f"texts passed for {lang!r} are marked {given.language!r}")
        if given is not None:
            _validate(given, f"texts ({lang})")
        out[lang] = given if given is not None else default_texts(lang)
    return out
