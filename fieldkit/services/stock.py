"""The stock ledger: append-only movements; stock on hand is always their sum.

There is no mutable counter to drift or to conflict in sync. A handout or other outgoing movement that
would take a location below zero is refused, unless the officer gives a reason, which is recorded on
the movement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldkit.services.common import live, to_record
from fieldkit.services.locations import find_location
from fieldkit.services.materials import find_material, to_material
from fieldkit.services.records import BalanceRecord, MaterialRecord, MovementRecord
from fieldkit.services.vocab import MOVEMENT_KINDS, check_token
from fieldkit.store.engine import Store
from fieldkit.store.errors import NotFound, ValidationError, said
from fieldkit.store.ids import uuid7
from fieldkit.store.models import Event, Location, Material, StockMovement

MAX_QUANTITY = 10_000_000


def now_local() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _on_hand(session: Session, material_id: str, location_id: str) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
            StockMovement.material_id == material_id,
            StockMovement.location_id == location_id,
            StockMovement.deleted.is_(False),
        )
    )
    return int(total or 0)


def _signed(kind: str, quantity: int) -> int:
    sign = MOVEMENT_KINDS[check_token(kind, MOVEMENT_KINDS, "movement kind")]
    if sign == 0:
        if quantity == 0:
            raise ValidationError(
                said("An adjustment of 0 changes nothing; give a positive or negative number."), "quantity"
            )
        return quantity
    if quantity <= 0:
        raise ValidationError(
            said("The quantity must be a positive whole number (got {quantity}).", quantity=quantity), "quantity"
        )
    return sign * quantity


def _record(
    session: Session,
    *,
    kind: str,
    material: str,
    quantity: int,
    location: str,
    event: str | None,
    note: str,
    reason: str | None,
    occurred_at: str | None,
    transfer_id: str | None = None,
) -> StockMovement:
    if abs(quantity) > MAX_QUANTITY:
        raise ValidationError(
            said(
                "{quantity} is more than Field Kit accepts in one movement ({limit}).",
                quantity=quantity,
                limit=MAX_QUANTITY,
            ),
            "quantity",
        )
    delta = _signed(kind, quantity)
    mat = find_material(session, material)
    loc = find_location(session, location)
    event_id = live(session, Event, event, "event").id if event else None
    reason = (reason or "").strip() or None
    forced = None
    if delta < 0:
        on_hand = _on_hand(session, mat.id, loc.id)
        if on_hand + delta < 0:
            if reason is None:
                raise ValidationError(
                    said(
                        "Only {on_hand} of {code} in stock at {place}; this {kind} of {quantity} would take it "
                        "below zero. Record the missing receipt first, or give a reason to record it anyway "
                        "(--reason on the command line).",
                        on_hand=on_hand,
                        code=mat.code,
                        place=loc.name_az,
                        kind=kind,
                        quantity=-delta,
                    ),
                    "quantity",
                )
            forced, reason = reason, None
    note = (note or "").strip()
    if reason:  # a reason that forced nothing is kept as part of the note
        note = f"{note} ({reason})" if note else reason
    row = StockMovement(
        kind=kind,
        material_id=mat.id,
        location_id=loc.id,
        event_id=event_id,
        quantity=delta,
        occurred_at=occurred_at or now_local(),
        note=note,
        forced_reason=forced,
        transfer_id=transfer_id,
    )
    session.add(row)
    session.flush()
    return row


def record_movement(
    store: Store,
    kind: str,
    material: str,
    quantity: int,
    location: str,
    *,
    event: str | None = None,
    note: str = "",
    reason: str | None = None,
    occurred_at: str | None = None,
) -> MovementRecord:
    """Record one receipt, print run, handout, adjustment or write-off. ``quantity`` is how many; its
    sign comes from the kind, except for adjustments, which carry their own."""
    with store.write() as session:
        row = _record(
            session,
            kind=kind,
            material=material,
            quantity=quantity,
            location=location,
            event=event,
            note=note,
            reason=reason,
            occurred_at=occurred_at,
        )
        return to_record(MovementRecord, row)


def transfer(
    store: Store,
    material: str,
    quantity: int,
    from_location: str,
    to_location: str,
    *,
    note: str = "",
    reason: str | None = None,
) -> tuple[MovementRecord, MovementRecord]:
    """Move stock between locations: a transfer out and a transfer in, linked and written together."""
    link = uuid7()
    when = now_local()
    with store.write() as session:
        out = _record(
            session,
            kind="transfer-out",
            material=material,
            quantity=quantity,
            location=from_location,
            event=None,
            note=note,
            reason=reason,
            occurred_at=when,
            transfer_id=link,
        )
        inn = _record(
            session,
            kind="transfer-in",
            material=material,
            quantity=quantity,
            location=to_location,
            event=None,
            note=note,
            reason=None,
            occurred_at=when,
            transfer_id=link,
        )
        if out.location_id == inn.location_id:
            raise ValidationError(said("A transfer needs two different locations."), "location")
        return to_record(MovementRecord, out), to_record(MovementRecord, inn)


def void_movement(store: Store, movement_id: str) -> None:
    """Undo a movement recorded by mistake (the tally's undo): a synced tombstone, not an erasure."""
    with store.write() as session:
        row = live(session, StockMovement, movement_id, "stock movement")
        if row.quantity > 0:
            on_hand = _on_hand(session, row.material_id, row.location_id)
            if on_hand - row.quantity < 0:
                raise ValidationError(
                    said(
                        "Undoing this {kind} of {quantity} would take the stock below zero (only {on_hand} on "
                        "hand now, since some was handed out). Record a write-off or an adjustment instead.",
                        kind=row.kind,
                        quantity=row.quantity,
                        on_hand=on_hand,
                    ),
                    "movement",
                )
        row.deleted = True


def on_hand(store: Store, material: str, location: str) -> int:
    with store.read() as session:
        return _on_hand(session, find_material(session, material).id, find_location(session, location).id)


def balances(store: Store, location: str | None = None, material: str | None = None) -> list[BalanceRecord]:
    """Stock on hand per material × location (only pairs that have movements)."""
    with store.read() as session:
        total = func.sum(StockMovement.quantity)
        query = (
            select(StockMovement.material_id, Material.code, StockMovement.location_id, Location.name_az, total)
            .join(Material, Material.id == StockMovement.material_id)
            .join(Location, Location.id == StockMovement.location_id)
            .where(StockMovement.deleted.is_(False))
            .group_by(StockMovement.material_id, StockMovement.location_id)
            .order_by(Material.code, Location.name_az)
        )
        if location:
            query = query.where(StockMovement.location_id == find_location(session, location).id)
        if material:
            query = query.where(StockMovement.material_id == find_material(session, material).id)
        return [BalanceRecord(m, code, loc, name, int(qty)) for m, code, loc, name, qty in session.execute(query)]


def ledger(
    store: Store, *, location: str | None = None, material: str | None = None, limit: int | None = 200
) -> list[MovementRecord]:
    with store.read() as session:
        query = select(StockMovement).where(StockMovement.deleted.is_(False))
        if location:
            query = query.where(StockMovement.location_id == find_location(session, location).id)
        if material:
            query = query.where(StockMovement.material_id == find_material(session, material).id)
        query = query.order_by(StockMovement.occurred_at.desc(), StockMovement.id.desc())
        if limit is not None:
            query = query.limit(limit)
        return [to_record(MovementRecord, r) for r in session.scalars(query)]


@dataclass(frozen=True)
class LedgerEntry:
    """A line of the ledger as the Stock screen shows it: the movement, whether it was voided, and the
    title of the event it was recorded at (empty when none, or when the event was deleted)."""

    movement: MovementRecord
    voided: bool
    event_title: str


@dataclass(frozen=True)
class StockLine:
    """One material's stock on hand at one location, for the balances table and the tally buttons."""

    material: MaterialRecord
    on_hand: int


def ledger_entries(
    store: Store, *, location: str, material: str | None = None, include_voided: bool = True, limit: int | None = 200
) -> list[LedgerEntry]:
    """The movements at a location, newest first; voided ones too, so a screen can show what was undone."""
    with store.read() as session:
        query = (
            select(StockMovement, Event.title)
            .outerjoin(Event, (Event.id == StockMovement.event_id) & Event.deleted.is_(False))
            .where(StockMovement.location_id == find_location(session, location).id)
        )
        if material:
            query = query.where(StockMovement.material_id == find_material(session, material).id)
        if not include_voided:
            query = query.where(StockMovement.deleted.is_(False))
        query = query.order_by(StockMovement.occurred_at.desc(), StockMovement.id.desc())
        if limit is not None:
            query = query.limit(limit)
        return [
            LedgerEntry(to_record(MovementRecord, row), bool(row.deleted), title or "")
            for row, title in session.execute(query)
        ]


def location_stock(store: Store, location: str) -> list[StockLine]:
    """Every active material with its stock on hand at ``location`` (0 when it has no movements there),
    plus any inactive material that still has stock there, in code order."""
    with store.read() as session:
        loc = find_location(session, location)
        sums = session.execute(
            select(StockMovement.material_id, func.sum(StockMovement.quantity))
            .where(StockMovement.location_id == loc.id, StockMovement.deleted.is_(False))
            .group_by(StockMovement.material_id)
        )
        totals: dict[str, int] = {material_id: int(total or 0) for material_id, total in sums}
        rows = session.scalars(select(Material).where(Material.deleted.is_(False)).order_by(Material.code))
        return [StockLine(to_material(row), totals.get(row.id, 0)) for row in rows if row.active or totals.get(row.id)]


def void_transfer(store: Store, transfer_id: str) -> None:
    """Undo both halves of a transfer together, so no stock appears or vanishes on the way."""
    with store.write() as session:
        rows = list(
            session.scalars(
                select(StockMovement).where(StockMovement.transfer_id == transfer_id, StockMovement.deleted.is_(False))
            )
        )
        if not rows:
            raise NotFound(
                said("No transfer with id {transfer_id}, or it was already undone.", transfer_id=transfer_id)
            )
        for row in rows:
            if row.quantity > 0:
                on_hand = _on_hand(session, row.material_id, row.location_id)
                if on_hand - row.quantity < 0:
                    raise ValidationError(
                        said(
                            "Undoing this transfer would take the stock at the receiving location below zero (only "
                            "{on_hand} on hand there now). Transfer the stock back instead.",
                            on_hand=on_hand,
                        ),
                        "movement",
                    )
        for row in rows:
            row.deleted = True
