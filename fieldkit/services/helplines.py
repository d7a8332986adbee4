"""Helpline numbers: a setting with a label, an E.164 number or a short code, and who verified it when.

No real-looking number ships as fact (see DOMAIN.md); a coordinator enters and verifies the number.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.services.common import clean_text, require_owner, to_record
from fieldkit.services.events import parse_date
from fieldkit.services.records import HelplineRecord
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError, said
from fieldkit.store.ids import is_uuid
from fieldkit.store.models import Helpline

_E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")
_SHORT = re.compile(r"^[0-9]{3,6}$")


def normalise_number(number: str) -> str:
    """``+994 12 000-00-00`` → ``+994120000000``; a 3–6 digit short code stays as it is."""
    compact = re.sub(r"[\s\-().]", "", number or "")
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if _E164.match(compact) or _SHORT.match(compact):
        return compact
    raise ValidationError(
        said(
            "'{number}' is not a helpline number. Give the full international number starting with + "
            "(for example +994 12 000 00 00) or a short code of 3 to 6 digits.",
            number=number,
        ),
        "number",
    )


def find_helpline(session: Session, text: str) -> Helpline:
    text = text.strip()
    row = session.get(Helpline, text) if is_uuid(text) else None
    if row is None:
        try:
            number = normalise_number(text)
        except ValidationError:
            number = None
        if number:
            row = session.scalars(
                select(Helpline).where(Helpline.number == number, Helpline.deleted.is_(False))
            ).first()
    if row is None or row.deleted:
        raise ValidationError(
            said(
                "No helpline '{text}'. Run 'fieldkit helpline list', or add one with 'fieldkit helpline add'.",
                text=text,
            ),
            "helpline",
        )
    return row


def add_helpline(
    store: Store,
    *,
    label: str,
    number: str,
    verified_at: str | dt.date | None = None,
    verified_by: str | None = None,
) -> HelplineRecord:
    with store.write() as session:
        row = Helpline(
            label=clean_text(label, "label", required=True, limit=200),
            number=normalise_number(number),
            verified_at=parse_date(verified_at, "verified date") if verified_at else None,
            verified_by=clean_text(verified_by, "verified by", limit=200) or None,
            active=True,
        )
        if row.verified_at and not row.verified_by:
            raise ValidationError(said("Say who verified the number (verified by)."), "verified by")
        session.add(row)
        session.flush()
        return to_record(HelplineRecord, row)


def edit_helpline(store: Store, helpline: str, **changes: Any) -> HelplineRecord:
    with store.write() as session:
        row = find_helpline(session, helpline)
        require_owner(store, row, "helpline")
        if "label" in changes:
            row.label = clean_text(changes["label"], "label", required=True, limit=200)
        if "number" in changes:
            new = normalise_number(changes["number"])
            if new != row.number:
                row.number = new
                row.verified_at = None  # a changed number must be verified again
                row.verified_by = None
        if "active" in changes:
            row.active = bool(changes["active"])
        session.flush()
        return to_record(HelplineRecord, row)


def verify_helpline(store: Store, helpline: str, by: str, on: str | dt.date | None = None) -> HelplineRecord:
    """Record that a person dialled the number and it reached the helpline."""
    with store.write() as session:
        row = find_helpline(session, helpline)
        require_owner(store, row, "helpline")
        row.verified_by = clean_text(by, "verified by", required=True, limit=200)
        row.verified_at = parse_date(on, "verified date") if on else dt.date.today()
        session.flush()
        return to_record(HelplineRecord, row)


def delete_helpline(store: Store, helpline: str) -> None:
    with store.write() as session:
        row = find_helpline(session, helpline)
        require_owner(store, row, "helpline")
        row.deleted = True


def get_helpline(store: Store, helpline: str) -> HelplineRecord:
    with store.read() as session:
        return to_record(HelplineRecord, find_helpline(session, helpline))


def list_helplines(store: Store, include_inactive: bool = False) -> list[HelplineRecord]:
    with store.read() as session:
        query = select(Helpline).where(Helpline.deleted.is_(False))
        if not include_inactive:
            query = query.where(Helpline.active.is_(True))
        return [to_record(HelplineRecord, r) for r in session.scalars(query.order_by(Helpline.label))]
