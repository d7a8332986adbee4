"""The plain-data contract between callers (CLI, GUI worker) and the renderer.

Nothing here touches the database: the caller resolves the helpline setting, the published texts
and the event, and passes them in. That keeps rendering testable and runnable in a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from fieldkit.print.helpline import Helpline
from fieldkit.print.texts import LeafletTexts

Template = Literal["trifold", "a5", "a6", "poster-a3", "poster-a2", "signin"]
Layout = Literal["single", "side-by-side", "stacked"]
Duplex = Literal["none", "long-edge", "short-edge"]
TEMPLATES: tuple[Template, ...] = ("trifold", "a5", "a6", "poster-a3", "poster-a2", "signin")


class LeafletRequestError(ValueError):
    """A request that cannot be printed as asked (bad combination of options, unreadable logo)."""


class PanelOverflowError(ValueError):
    """Text that does not fit its panel. Printing it would clip words, so the render refuses."""

    def __init__(self, message: str, *, panel: str, language: str | None) -> None:
        super().__init__(message)
        self.panel = panel
        self.language = language


@dataclass(frozen=True)
class EventSheet:
    """What the paper sign-in sheet prints about its event.

    Without consent columns the sheet is a headcount (sex, age band, organisation, no names), which
    is the default the domain rules ask for; names, contacts and signatures need consent columns.
    """

    title: str
    date: date | str
    location: str
    organiser: str
    consent_columns: bool = False
    rows: int = 20
    consent_version: str | None = None
    age_bands: Sequence[str] = ()


@dataclass(frozen=True)
class RenderRequest:
    """One print job.

    ``copies`` counts printed items (cards, leaflets). With ``personal_lines`` there is one item per
    line and ``copies`` must be 1 or equal the number of lines. ``n_up`` places that many items on
    each A4 office sheet. ``layout`` defaults to ``single`` for one language and to the template's
    preferred bilingual layout otherwise. ``sides`` (1 or 2) applies to the A5 leaflet and A6 card.
    ``funder`` is one name, or a name per language code.
    """

    template: Template
    languages: Sequence[str]
    helpline: Helpline
    layout: Layout | None = None
    sides: int | None = None
    qr_target: str | None = None
    logos: Sequence[Path] = ()
    funder: str | Mapping[str, str] | None = None
    print_shop: bool = False
    copies: int = 1
    personal_lines: Sequence[str] | None = None
    n_up: int = 1
    event: EventSheet | None = None
    texts: Mapping[str, LeafletTexts] | None = None


@dataclass(frozen=True)
class RenderResult:
    """What was written. ``items_per_sheet`` times the sheets printed is the print-run quantity."""

    pages: int
    warnings: list[str]
    items_per_sheet: int
    items: int
    sides: int
    duplex: Duplex
    qr_text: str | None
    page_size_mm: tuple[float, float]
    trim_size_mm: tuple[float, float]
    languages: tuple[str, ...] = field(default=())
