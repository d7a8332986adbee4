"""Checking a `RenderRequest` and turning it into a `Job`, collecting the warnings on the way.

Every refusal here happens before any layout or file work, with a message an officer can act on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fieldkit.print.fonts import missing_glyphs
from fieldkit.print.job import Job
from fieldkit.print.logos import load_logo
from fieldkit.print.model import Layout, LeafletRequestError, RenderRequest
from fieldkit.print.palette import Palette
from fieldkit.print.qr import qr_text
from fieldkit.print.templates import TemplateInfo
from fieldkit.print.texts import LANGUAGES, resolve_texts

MAX_COPIES = 10_000


def _languages(raw: Sequence[str]) -> tuple[str, ...]:
    langs = tuple(str(x).strip().lower() for x in raw if str(x).strip())
    if not langs:
        raise LeafletRequestError("choose at least one language (az, en or ru)")
    unknown = [x for x in langs if x not in LANGUAGES]
    if unknown:
        raise LeafletRequestError(f"unknown language {unknown[0]!r}: use az, en or ru")
    if len(set(langs)) != len(langs):
        raise LeafletRequestError(f"a language is listed twice: {','.join(langs)}")
    return langs


def _layout(requested: Layout | None, langs: tuple[str, ...], info: TemplateInfo) -> Layout:
    if len(langs) == 1:
        if requested not in (None, "single"):
            return "single"
        return "single"
    if requested == "single":
        raise LeafletRequestError(
            f"layout 'single' prints one language, but {len(langs)} were chosen; use side-by-side or stacked"
        )
    if len(langs) == 3:
        if requested == "side-by-side":
            raise LeafletRequestError(
                "side-by-side takes two languages; three languages print stacked (layout 'stacked')"
            )
        return "stacked"
    return requested or info.bilingual_layout


def _funders(funder: str | Mapping[str, str] | None, langs: tuple[str, ...]) -> dict[str, str] | None:
    if funder is None:
        return None
    if isinstance(funder, str):
        if not funder.strip():
            return None
        return dict.fromkeys(langs, funder.strip())
    missing = [lang for lang in langs if not str(funder.get(lang, "")).strip()]
    if missing:
        raise LeafletRequestError(f"the funder's name is missing for language {missing[0]!r}")
    return {lang: funder[lang].strip() for lang in langs}


def _personal(request: RenderRequest, info: TemplateInfo) -> tuple[int, tuple[str, ...] | None]:
    if not 1 <= request.copies <= MAX_COPIES:
        raise LeafletRequestError(f"copies must be between 1 and {MAX_COPIES}, not {request.copies}")
    lines = request.personal_lines
    if lines is None:
        return request.copies, None
    if info.name == "signin":
        raise LeafletRequestError("sign-in sheets carry no personal line; leave personal lines empty")
    clean = tuple(" ".join(str(x).split()) for x in lines)
    if not clean or len(clean) > MAX_COPIES:
        raise LeafletRequestError(f"a personalised run needs between 1 and {MAX_COPIES} lines")
    if request.copies not in (1, len(clean)):
        raise LeafletRequestError(f"copies ({request.copies}) must match the number of personal lines ({len(clean)})")
    return len(clean), clean


def prepare(request: RenderRequest, info: TemplateInfo) -> tuple[Job, list[str], tuple[str, ...] | None, int]:
    """The job, warnings, personal lines (or None) and the number of items to print."""
    langs = _languages(request.languages)
    if len(langs) > info.max_languages:
        raise LeafletRequestError(
            f"the {info.piece} takes at most {info.max_languages} languages, not {len(langs)}: "
            "three languages fit the tri-fold brochure, the A6 card and the sign-in sheet"
        )
    layout = _layout(request.layout, langs, info)
    sides = request.sides if request.sides is not None else info.default_sides
    if sides not in info.sides_allowed:
        raise LeafletRequestError(
            f"the {info.piece} prints {' or '.join(map(str, info.sides_allowed))} side(s), not {sides}"
        )
    copies, lines = _personal(request, info)
    if info.name == "signin" and request.event is None:
        raise LeafletRequestError("the sign-in sheet needs the event's details (title, date, location, organiser)")
    texts = resolve_texts(langs, request.texts)
    funders = _funders(request.funder, langs)
    helpline = request.helpline
    try:
        target = qr_text(helpline, request.qr_target)
    except ValueError as exc:
        raise LeafletRequestError(str(exc)) from None
    free_text = [*(lines or ()), *(funders or {}).values(), helpline.display]
    if request.event is not None:
        ev = request.event
        free_text += [ev.title, str(ev.date), ev.location, ev.organiser, ev.consent_version or "", *ev.age_bands]
    bad = missing_glyphs("".join(free_text))
    if bad:
        raise LeafletRequestError(f"the bundled font cannot print {' '.join(bad)}; remove those characters")
    warnings = _warnings(request, target, funders)
    logos = tuple(load_logo(p, request.print_shop) for p in request.logos)
    job = Job(
        template=info.name,
        piece=info.piece,
        languages=langs,
        layout=layout,
        texts=texts,
        helpline=helpline,
        qr_text=target,
        palette=Palette(cmyk=request.print_shop),
        logos=logos,
        funders=funders,
        personalised=lines is not None,
        sides=sides,
        event=request.event,
    )
    return job, warnings, lines, copies


def _warnings(request: RenderRequest, target: str | None, funders: dict[str, str] | None) -> list[str]:
    helpline = request.helpline
    out: list[str] = []
    if not helpline.verified:
        out.append(
            f"The helpline number {helpline.display} ({helpline.label}) has never been verified. "
            "Check that it is right before this run is printed and recorded."
        )
    if helpline.short_code:
        out.append(
            f"The helpline {helpline.display} is a short code: it cannot be dialled from abroad. "
            "The piece says it works only inside Azerbaijan."
        )
        if target is None:
            out.append(
                "No QR code is printed: a short code cannot go into a tel: QR code. "
                "Configure a full +994 number or a coordinator URL to get one."
            )
    if funders is None and request.template != "signin":
        out.append("No funder was given, so the funder acknowledgement is left out.")
    return out
