"""The template registry: what each piece is called, how it prints, and which options it takes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fieldkit.print.job import Job
from fieldkit.print.model import Layout, LeafletRequestError, Template
from fieldkit.print.plan import PiecePlan
from fieldkit.print.templates import flat, signin, trifold


@dataclass(frozen=True)
class TemplateInfo:
    name: Template
    piece: str  # how messages name the piece
    build: Callable[[Job], PiecePlan]
    trim_mm: tuple[float, float]
    bilingual_layout: Layout  # the layout used for two languages when the caller names none
    sides_allowed: tuple[int, ...]
    default_sides: int
    qr_min_mm: float
    max_languages: int = 3


TEMPLATE_INFO: dict[str, TemplateInfo] = {
    "trifold": TemplateInfo("trifold", "A4 tri-fold brochure", trifold.build, trifold.TRIM_MM, "stacked", (2,), 2, 25),
    "a5": TemplateInfo(
        "a5", "A5 leaflet", lambda j: flat.build(j, flat.A5), flat.A5.trim_mm, "side-by-side", (1, 2), 2, 25, 2
    ),
    "a6": TemplateInfo(
        "a6", "A6 pocket card", lambda j: flat.build(j, flat.A6), flat.A6.trim_mm, "stacked", (1, 2), 2, 25
    ),
    "poster-a3": TemplateInfo(
        "poster-a3",
        "A3 poster",
        lambda j: flat.build(j, flat.POSTER_A3),
        flat.POSTER_A3.trim_mm,
        "side-by-side",
        (1,),
        1,
        100,
        2,
    ),
    "poster-a2": TemplateInfo(
        "poster-a2",
        "A2 poster",
        lambda j: flat.build(j, flat.POSTER_A2),
        flat.POSTER_A2.trim_mm,
        "side-by-side",
        (1,),
        1,
        150,
        2,
    ),
    "signin": TemplateInfo("signin", "sign-in sheet", signin.build, signin.TRIM_MM, "stacked", (1,), 1, 25),
}


def template_info(name: str) -> TemplateInfo:
    try:
        return TEMPLATE_INFO[name]
    except KeyError:
        raise LeafletRequestError(f"unknown template {name!r}: use one of {', '.join(TEMPLATE_INFO)}") from None
