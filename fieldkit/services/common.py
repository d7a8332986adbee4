"""Helpers shared by the services: loading live rows, converting rows to records."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from fieldkit.store.engine import Store
from fieldkit.store.errors import NotFound, ValidationError, said
from fieldkit.store.models import Base, Synced

R = TypeVar("R")
M = TypeVar("M", bound=Base)


def live(session: Session, model: type[M], row_id: str, what: str) -> M:
    """The row with this id, unless it is missing or deleted; the message names what was sought."""
    row = session.get(model, row_id)
    if row is None or (isinstance(row, Synced) and row.deleted):
        raise NotFound(
            said("No {what} with id {row_id}. Check the id with the matching 'list' command.", what=what, row_id=row_id)
        )
    return row


def to_record(record_type: type[R], row: object) -> R:
    values: dict[str, Any] = {}
    for f in fields(record_type):  # type: ignore[arg-type]
        value = getattr(row, f.name)
        if isinstance(value, list):
            value = tuple(value)
        values[f.name] = value
    return record_type(**values)


def clean_text(value: str | None, field: str, *, required: bool = False, limit: int = 300) -> str:
    text = " ".join((value or "").split())
    if required and not text:
        raise ValidationError(said("{field} is required.", field=field), field)
    if len(text) > limit:
        raise ValidationError(
            said(
                "{field} is too long ({length} characters; at most {limit}).",
                field=field,
                length=len(text),
                limit=limit,
            ),
            field,
        )
    return text


def require_owner(store: Store, row: Synced, what: str) -> None:
    """Reference data belongs to the coordinators: an officer edits only entries it added itself.

    Coordinators publish the catalogue, the helplines and the corrected reference lists; an officer's
    edit of a shared entry would otherwise travel up and overwrite theirs. So the rule is enforced
    where the edit is made, and no such edit ever enters a bundle.
    """
    device = store.device
    if device is None or device.role != "officer":
        return
    if row.origin not in (device.device_id, *device.retired_ids):
        raise ValidationError(
            said(
                "This {what} is shared reference data managed by your coordinator, so it cannot be changed on this "
                "laptop. Ask your coordinator to correct it; the correction reaches you with the next sync.",
                what=what,
            ),
            what,
        )
