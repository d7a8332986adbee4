"""First-run set-up of a laptop in one call, from plain data: what the first-run wizard collects.

The order matters, and so does what a failure leaves behind. Everything that can be checked without
writing is checked first (name, role, language, helpline numbers and dates, the enrolment file's
signature). Then the shipped reference data is loaded: it is version-zero data that does not make the
store "set up", so loading it early is harmless and lets the home location be checked against it.
Last, one write transaction creates the device row, adds or verifies the helplines and pins the
coordinator from the enrolment file. A failure in it rolls all of that back and removes the new key
files, so the store is left either not set up (and the wizard can simply run again) or complete,
never set up without its reference data or half enrolled. Settings are written after the commit.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.config import Settings, resource_path, save_settings
from fieldkit.services.common import clean_text, live, require_owner, to_record
from fieldkit.services.helplines import normalise_number
from fieldkit.services.records import LocationRecord
from fieldkit.services.reference import load_reference
from fieldkit.services.vocab import LANGUAGES
from fieldkit.store.engine import Store
from fieldkit.store.errors import KnownError, said
from fieldkit.store.identity import create_identity
from fieldkit.store.ids import reference_id
from fieldkit.store.models import Helpline, LocalDevice, Location
from fieldkit.store.open import ROLES
from fieldkit.store.sync_models import SyncPeer

#: the steps of the set-up, as the wizard's pages are keyed; a ``SetupError`` names the one to fix
STEPS = ("language", "name", "role", "location", "helplines", "enrolment")


class SetupError(KnownError):
    """Set-up refused; ``step`` says which answer to change. Nothing was set up."""

    def __init__(self, message: str, step: str) -> None:
        super().__init__(message)
        self.step = step


@dataclass(frozen=True)
class HelplineChoice:
    """A helpline to use on this laptop: an existing one (``existing_id``) or a new one.

    ``verified_at`` is the day someone dialled the number and reached the helpline, or ``None``.
    """

    label: str
    number: str
    verified_at: dt.date | None = None
    existing_id: str | None = None


@dataclass(frozen=True)
class SetupRequest:
    name: str
    role: str
    language: str
    home_location_id: str | None
    helplines: tuple[HelplineChoice, ...] = ()
    enrolment_file: Path | None = None
    verified_by: str | None = None  # who dialled the helplines; the officer's name when not given


@dataclass(frozen=True)
class EnrolmentPreview:
    """What an enrolment file says, shown to the officer before it is accepted."""

    path: Path
    coordinator_id: str
    coordinator_name: str
    fingerprint: str
    hub_url: str | None
    issued_at: str
    expires_at: str
    expired: bool


@dataclass(frozen=True)
class SetupResult:
    device_id: str
    name: str
    role: str
    language: str
    home_location_id: str | None
    helpline_ids: tuple[str, ...]
    locations_total: int
    agencies_total: int
    coordinator: EnrolmentPreview | None


@contextlib.contextmanager
def _step(step: str) -> Iterator[None]:
    """Report a refused answer against the page that asked for it."""
    try:
        yield
    except SetupError:
        raise
    except KnownError as exc:  # the message as given, so that a translatable one stays translatable
        message = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
        raise SetupError(message, step) from exc


# -- what the wizard shows before anything is written ---------------------------------------------
def preview_enrolment(path: Path) -> EnrolmentPreview:
    """Read and check an enrolment file (signature included) without accepting it."""
    from fieldkit.sync.trust import read_enrolment

    with _step("enrolment"):
        document = read_enrolment(path)
    return _preview(path, document)


def _preview(path: Path, document: dict[str, Any]) -> EnrolmentPreview:
    from fieldkit.sync.keys import fingerprint

    try:
        coordinator = document["coordinator"]
        enrolment = document["enrolment"]
        expires_at = str(enrolment["expires_at"])
        expired = dt.datetime.fromisoformat(expires_at) < dt.datetime.now().astimezone()
        return EnrolmentPreview(
            path=path,
            coordinator_id=str(coordinator["device_id"]),
            coordinator_name=str(coordinator["name"]),
            fingerprint=str(fingerprint(coordinator["sign_key"])),
            hub_url=document.get("hub_url") or None,
            issued_at=str(document.get("issued_at", "")),
            expires_at=expires_at,
            expired=expired,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise SetupError(
            said(
                "{path} is not a complete Field Kit enrolment file ({problem}). Ask your coordinator for it again.",
                path=str(path),
                problem=str(exc),
            ),
            "enrolment",
        ) from exc


def reference_locations(store: Store) -> list[LocationRecord]:
    """Active locations to choose a home from: the store's, plus the shipped ones not loaded yet.

    A new store holds no reference data until set-up runs, and the wizard must not write before
    Finish; shipped rows have the same ids before and after loading, so a choice made now holds.
    """
    with store.read() as session:
        rows = session.scalars(select(Location).where(Location.deleted.is_(False)))
        records = {r.id: to_record(LocationRecord, r) for r in rows}
    with resource_path("reference", "locations.tsv").open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            row_id = reference_id("locations", raw["key"])
            if row_id in records:
                continue
            records[row_id] = LocationRecord(
                id=row_id,
                kind=raw["kind"],
                name_az=raw["name_az"],
                name_en=raw["name_en"],
                name_ru=raw["name_ru"],
                iso_code=raw["iso_code"] or None,
                code=raw["code"] or None,
                parent_id=reference_id("locations", raw["parent_key"]) if raw["parent_key"] else None,
                active=raw["active"] == "1",
                verified=raw["verified"] == "1",
            )
    return [r for r in records.values() if r.active]


def regions_of(locations: Iterable[LocationRecord]) -> dict[str, str | None]:
    """Each location's economic region (walking up the parents), or ``None`` when none is recorded."""
    by_id = {r.id: r for r in locations}
    found: dict[str, str | None] = {}
    for record in by_id.values():
        seen: set[str] = set()
        current: LocationRecord | None = record
        region: str | None = None
        while current is not None and current.id not in seen:
            seen.add(current.id)
            if current.kind == "economic-region":
                region = current.id
                break
            current = by_id.get(current.parent_id) if current.parent_id else None
        found[record.id] = region
    return found


# -- the set-up itself -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _NewHelpline:
    label: str
    number: str
    verified_at: dt.date | None


def _check_helplines(request: SetupRequest, verified_by: str) -> tuple[list[_NewHelpline], list[HelplineChoice]]:
    new: list[_NewHelpline] = []
    existing: list[HelplineChoice] = []
    numbers: set[str] = set()
    today = dt.date.today()
    with _step("helplines"):
        for choice in request.helplines:
            if choice.verified_at is not None and choice.verified_at > today:
                raise SetupError(
                    said(
                        "The verified date of {number} ({date}) is in the future.",
                        number=choice.number,
                        date=choice.verified_at.isoformat(),
                    ),
                    "helplines",
                )
            if choice.existing_id:
                existing.append(choice)
                continue
            label = clean_text(choice.label, "helpline label", required=True, limit=200)
            number = normalise_number(choice.number)
            if number in numbers:
                raise SetupError(said("The number {number} is listed twice.", number=number), "helplines")
            numbers.add(number)
            new.append(_NewHelpline(label, number, choice.verified_at))
        if any(c.verified_at for c in request.helplines) and not verified_by:
            raise SetupError(said("Say who verified the helpline numbers."), "helplines")
    return new, existing


def _check_request(request: SetupRequest) -> str:
    """The cleaned device name, after checking every answer that needs no store."""
    with _step("name"):
        name = clean_text(request.name, "name", limit=120)
        if not name:
            raise SetupError(said("The laptop needs a name, for example 'Qazax-2' or the officer's name."), "name")
    if request.role not in ROLES:
        raise SetupError(said("Role must be one of: {roles}.", roles=", ".join(ROLES)), "role")
    if request.language not in LANGUAGES:
        raise SetupError(said("Language must be one of: {languages}.", languages=", ".join(LANGUAGES)), "language")
    return name


def set_up(store: Store, request: SetupRequest, settings: Settings) -> SetupResult:
    """Set up a new laptop: identity, reference data, helplines, enrolment, then settings.

    ``settings`` (the caller's object) is updated in place (language, home location, default helpline,
    hub URL from the enrolment file) and written to the data directory.
    """
    if store.initialised:
        raise SetupError(
            said(
                "This data directory is already set up as device '{name}'. Nothing was changed.",
                name=store.device.name if store.device else "",
            ),
            "name",
        )
    name = _check_request(request)
    verified_by = clean_text(request.verified_by or name, "verified by", limit=200)
    new_helplines, existing_helplines = _check_helplines(request, verified_by)
    document: dict[str, Any] | None = None
    preview: EnrolmentPreview | None = None
    if request.enrolment_file is not None:
        from fieldkit.sync.trust import read_enrolment

        with _step("enrolment"):
            document = read_enrolment(request.enrolment_file)
        preview = _preview(request.enrolment_file, document)

    loaded = load_reference(store)  # before the device exists: a failure later leaves no half set-up
    if request.home_location_id is not None:
        with _step("location"), store.read() as session:
            live(session, Location, request.home_location_id, "location")

    helpline_ids = _write_device(store, request, name, verified_by, new_helplines, existing_helplines, document)
    device = store.device
    assert device is not None

    settings.language = request.language
    settings.home_location_id = request.home_location_id
    if helpline_ids:
        settings.default_helpline_id = helpline_ids[0]
    if preview is not None and preview.hub_url:
        settings.hub_url = preview.hub_url
    try:
        save_settings(store.paths.settings, settings)
    except OSError as exc:
        raise KnownError(
            said(
                "The laptop is set up, but its settings could not be saved ({reason}). "
                "Check the free space, then set the language and home location again in Settings.",
                reason=str(exc.strerror or exc),
            )
        ) from exc
    return SetupResult(
        device_id=device.device_id,
        name=device.name,
        role=device.role,
        language=request.language,
        home_location_id=request.home_location_id,
        helpline_ids=tuple(helpline_ids),
        locations_total=loaded.locations_total,
        agencies_total=loaded.agencies_total,
        coordinator=preview,
    )


def _write_device(
    store: Store,
    request: SetupRequest,
    name: str,
    verified_by: str,
    new_helplines: list[_NewHelpline],
    existing_helplines: list[HelplineChoice],
    document: dict[str, Any] | None,
) -> list[str]:
    """The one transaction that makes the store "set up"; on failure it leaves no trace."""
    helpline_ids: list[str] = []
    try:
        identity = create_identity(store.paths)
        with store.write() as session:
            device = LocalDevice(
                slot=1,
                device_id=identity.device_id,
                name=name,
                role=request.role,
                public_key=identity.public_key,
                created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                last_hlc=0,
                last_seq=0,
                retired_ids=[],
            )
            session.add(device)
            session.flush()
            # Change capture stamps rows with the store's device; the row exists only inside this
            # transaction, so the store sees it provisionally (refresh_identity below settles it).
            store.device = device
            with _step("helplines"):
                helpline_ids += _write_helplines(store, session, new_helplines, existing_helplines, verified_by)
            if document is not None:
                with _step("enrolment"):
                    _pin_coordinator(session, device, document)
    except OSError as exc:  # the key files or the store could not be written: disk full, permissions
        raise KnownError(
            said(
                "This laptop could not be set up: {reason}. Check the free space and the data "
                "directory ({data_dir}), then try again. Nothing was set up.",
                reason=str(exc.strerror or exc),
                data_dir=str(store.paths.data_dir),
            )
        ) from exc
    finally:
        store.refresh_identity()
        if not store.initialised:  # rolled back: the new key belongs to no store
            for path in (store.paths.device_key, store.paths.device_state):
                path.unlink(missing_ok=True)
    return helpline_ids


def _write_helplines(
    store: Store,
    session: Session,
    new_helplines: list[_NewHelpline],
    existing_helplines: list[HelplineChoice],
    verified_by: str,
) -> list[str]:
    ids: list[str] = []
    for choice in existing_helplines:
        assert choice.existing_id is not None
        row = live(session, Helpline, choice.existing_id, "helpline")
        if choice.verified_at is not None and choice.verified_at != row.verified_at:
            require_owner(store, row, "helpline")
            row.verified_at = choice.verified_at
            row.verified_by = verified_by
        ids.append(row.id)
    known = set(session.scalars(select(Helpline.number).where(Helpline.deleted.is_(False))))
    for item in new_helplines:
        if item.number in known:
            raise SetupError(
                said(
                    "The number {number} is already in the list of helplines; tick it there instead.",
                    number=item.number,
                ),
                "helplines",
            )
        row = Helpline(
            label=item.label,
            number=item.number,
            verified_at=item.verified_at,
            verified_by=verified_by if item.verified_at else None,
            active=True,
        )
        session.add(row)
        session.flush()
        ids.append(row.id)
    return ids


def _pin_coordinator(session: Session, device: LocalDevice, document: dict[str, Any]) -> None:
    """Trust the coordinator named in a checked enrolment file (as ``sync.trust.accept_enrolment``
    does, inside this transaction)."""
    from fieldkit.sync.trust import now_iso

    coordinator = document["coordinator"]
    peer = session.get(SyncPeer, coordinator["device_id"])
    if peer is None:
        peer = SyncPeer(device_id=coordinator["device_id"], first_seen=now_iso(), acked={})
        session.add(peer)
    peer.name = coordinator["name"]
    peer.role = "coordinator"
    peer.sign_key = coordinator["sign_key"]
    peer.box_key = coordinator.get("box_key")
    peer.status = "trusted"
    peer.note = f"pinned from enrolment {document['enrolment']['id']}"
    device.enrolment = {
        "id": document["enrolment"]["id"],
        "secret": document["enrolment"]["secret"],
        "coordinator": coordinator["device_id"],
    }
