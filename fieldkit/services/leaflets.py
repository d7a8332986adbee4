"""Printing campaign materials from the store: texts, helpline and event come from the data, the
PDF from ``fieldkit.print``, and a finished run of a material is recorded as a print-run movement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldkit.print import (
    EventSheet,
    Helpline,
    LeafletRequestError,
    LeafletTexts,
    PanelOverflowError,
    RenderRequest,
    TextsError,
    render,
    texts_from_dict,
)
from fieldkit.print import default_texts as shipped_texts
from fieldkit.services.common import live
from fieldkit.services.helplines import find_helpline, normalise_number
from fieldkit.services.locations import find_location
from fieldkit.services.materials import find_material
from fieldkit.services.records import MovementRecord
from fieldkit.services.stock import record_movement
from fieldkit.services.vocab import LANGUAGES
from fieldkit.store.engine import Store
from fieldkit.store.errors import KnownError, ValidationError, said
from fieldkit.store.ids import natural_id
from fieldkit.store.models import Agency, Event, LeafletText, Location

DEFAULT_SET = "default"


@dataclass(frozen=True)
class LeafletJob:
    """One print job as the officer asked for it (CLI flags or the Leaflets screen)."""

    template: str
    languages: tuple[str, ...]
    helpline: str
    out_path: Path
    print_shop: bool = False
    copies: int = 1
    event_id: str | None = None
    material_code: str | None = None
    confirm_helpline: bool = False
    location: str | None = None
    layout: str | None = None
    sides: int | None = None
    personal_lines: tuple[str, ...] | None = None
    n_up: int = 1
    logos: tuple[Path, ...] = ()
    funder: str | None = None
    qr_url: str | None = None
    consent_columns: bool = False
    sign_in_rows: int = 20


@dataclass(frozen=True)
class LeafletOutcome:
    path: Path
    pages: int
    items: int
    items_per_sheet: int
    duplex: str
    qr_text: str | None
    warnings: list[str] = field(default_factory=list)
    print_run: MovementRecord | None = None


def parse_languages(value: str | Sequence[str]) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value)
    langs = tuple(dict.fromkeys(v.strip() for v in items if v.strip()))
    bad = [v for v in langs if v not in LANGUAGES]
    if bad or not langs:
        raise ValidationError(
            said("Languages must be az, en or ru, separated by commas (got '{value}').", value=value), "lang"
        )
    return langs


# -- texts -----------------------------------------------------------------------------------------
def published_texts(store: Store, set_key: str = DEFAULT_SET) -> dict[str, LeafletTexts]:
    """The coordinator's published wording per language; languages never published use the defaults."""
    out: dict[str, LeafletTexts] = {}
    with store.read() as session:
        rows = session.scalars(
            select(LeafletText).where(LeafletText.set_key == set_key, LeafletText.deleted.is_(False))
        )
        for row in rows:
            try:
                out[row.language] = texts_from_dict(row.content, shipped_texts(row.language))
            except TextsError:
                continue  # a damaged publication must not stop printing; the defaults stand in
    return out


def publish_texts(store: Store, language: str, content: dict[str, Any], set_key: str = DEFAULT_SET) -> int:
    """Publish a language's wording (coordinators only); returns the new version number."""
    if language not in LANGUAGES:
        raise ValidationError(said("Language must be one of {languages}.", languages=", ".join(LANGUAGES)), "lang")
    device = store.device
    if device is None or device.role != "coordinator":
        raise KnownError(said("Only a coordinator publishes leaflet texts; officers receive them by sync."))
    content = {**content, "language": language}
    try:
        texts_from_dict(content, shipped_texts(language))
    except TextsError as exc:
        raise ValidationError(said("These texts cannot be printed: {problem}", problem=str(exc)), "texts") from exc
    row_id = natural_id("leaflet_texts", set_key, language)
    with store.write() as session:
        row = session.get(LeafletText, row_id)
        if row is None:
            row = LeafletText(id=row_id, set_key=set_key, language=language, version=0)
            session.add(row)
        row.content = content
        row.version = (row.version or 0) + 1
        row.deleted = False
        row.published_at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        row.published_by = device.name
        session.flush()
        return row.version


# -- rendering -------------------------------------------------------------------------------------
def _helpline(store: Store, text: str) -> Helpline:
    with store.read() as session:
        try:
            row = find_helpline(session, text)
        except ValidationError:
            number = normalise_number(text)  # refuses what is not a number at all
            return Helpline(label="not in the settings", number=number)
        return Helpline(label=row.label, number=row.number, verified_at=row.verified_at, verified_by=row.verified_by)


def _event_sheet(store: Store, job: LeafletJob, lang: str) -> EventSheet:
    if not job.event_id:
        raise ValidationError(said("A sign-in sheet is for an event: give the event's id (--event)."), "event")
    with store.read() as session:
        event = live(session, Event, job.event_id, "event")
        place = session.get(Location, event.location_id) if event.location_id else None
        organiser = session.get(Agency, event.organiser_agency_id) if event.organiser_agency_id else None
        name_of = {"en": "name_en", "ru": "name_ru"}.get(lang, "name_az")
        return EventSheet(
            title=event.title,
            date=event.start_date,
            location=(getattr(place, name_of) or place.name_az) if place else "",
            organiser=(getattr(organiser, name_of) or organiser.name_az) if organiser else "",
            consent_columns=job.consent_columns,
            rows=job.sign_in_rows,
        )


def build_request(store: Store, job: LeafletJob) -> RenderRequest:
    texts = published_texts(store)
    return RenderRequest(
        template=job.template,  # type: ignore[arg-type]
        languages=job.languages,
        helpline=_helpline(store, job.helpline),
        layout=job.layout,  # type: ignore[arg-type]
        sides=job.sides,
        qr_target=job.qr_url,
        logos=job.logos,
        funder=job.funder or None,
        print_shop=job.print_shop,
        copies=job.copies,
        personal_lines=job.personal_lines,
        n_up=job.n_up,
        event=_event_sheet(store, job, job.languages[0]) if job.template == "signin" else None,
        texts={lang: texts[lang] for lang in job.languages if lang in texts},
    )


def _print_run_location(store: Store, job: LeafletJob, home_location_id: str | None) -> str:
    where = job.location or home_location_id
    if not where:
        raise ValidationError(
            said(
                "A print run is recorded at your location, and none is set. Give --location, or set your home "
                "location ('fieldkit settings set home-location CODE_OR_NAME')."
            ),
            "location",
        )
    with store.read() as session:
        return find_location(session, where).id


def render_leaflet(store: Store, job: LeafletJob, home_location_id: str | None = None) -> LeafletOutcome:
    """Render the PDF; with a material, also record the print run (after the file is safely written)."""
    request = build_request(store, job)
    location_id = None
    if job.material_code:
        with store.read() as session:
            find_material(session, job.material_code)
        location_id = _print_run_location(store, job, home_location_id)
        if request.helpline.verified_at is None and not job.confirm_helpline:
            raise ValidationError(
                said(
                    "The helpline {number} has never been verified. Dial it to check it reaches the "
                    "helpline, record that ('fieldkit helpline verify'), or confirm this run with --confirm-helpline.",
                    number=request.helpline.number,
                ),
                "helpline",
            )
    try:
        result = render(request, job.out_path)
    except PanelOverflowError as exc:
        raise ValidationError(str(exc), "texts") from exc
    except (LeafletRequestError, TextsError) as exc:
        raise ValidationError(str(exc), "leaflet") from exc
    except OSError as exc:
        raise KnownError(
            said(
                "Could not write {path}: {reason}. Nothing was recorded.",
                path=str(job.out_path),
                reason=str(exc.strerror or exc),
            )
        ) from exc
    movement = None
    if job.material_code and location_id:
        movement = record_movement(
            store,
            "print-run",
            job.material_code,
            result.items,
            location_id,
            event=job.event_id,
            note=f"{job.template} {'+'.join(job.languages)}, {result.pages} pages: {job.out_path.name}",
        )
    return LeafletOutcome(
        path=job.out_path,
        pages=result.pages,
        items=result.items,
        items_per_sheet=result.items_per_sheet,
        duplex=result.duplex,
        qr_text=result.qr_text,
        warnings=list(result.warnings),
        print_run=movement,
    )


def record_print_run(
    store: Store, material_code: str, quantity: int, location: str, *, event_id: str | None = None, note: str = ""
) -> MovementRecord:
    """A run printed from the app's print dialog: copies × items per sheet."""
    return record_movement(store, "print-run", material_code, quantity, location, event=event_id, note=note)
