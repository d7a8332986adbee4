"""The queries behind the Materials & stock screen: the ledger with its voided lines, the stock of every
material at one location, undoing a whole transfer, and asking before an edit whether it is allowed."""

from __future__ import annotations

import uuid

import pytest

from fieldkit.services import events, materials, stock
from fieldkit.store.engine import Store
from fieldkit.store.errors import NotFound, ValidationError
from fieldkit.store.models import Material


def coordinator_material(store: Store, code: str) -> None:
    """A catalogue entry as it arrives from the coordinator by sync: another device's origin."""
    with store.write(sync_apply=True) as session:
        session.add(
            Material(
                id=materials.material_id(code), code=code, kind="leaflet", title_az="Mərkəzi vərəqə",
                languages="az", version="1", active=True, origin=str(uuid.uuid4()), created_hlc=1, updated_hlc=1,
            )
        )  # fmt: skip


def test_the_ledger_keeps_voided_lines_flagged_and_names_the_event(store: Store) -> None:
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    event = events.create_event(store, kind="workshop", title="Seminar Qazaxda", start_date="2026-03-02")
    stock.record_movement(store, "receipt", "LF-1", 50, "AZ-QAZ", occurred_at="2026-03-01T09:00:00+04:00")
    handout = stock.record_movement(
        store, "handout", "LF-1", 10, "AZ-QAZ", event=event.id, occurred_at="2026-03-02T10:00:00+04:00"
    )
    mistake = stock.record_movement(store, "handout", "LF-1", 5, "AZ-QAZ", occurred_at="2026-03-03T10:00:00+04:00")
    stock.record_movement(store, "receipt", "LF-1", 7, "GYD")
    stock.void_movement(store, mistake.id)

    entries = stock.ledger_entries(store, location="AZ-QAZ", material="LF-1")

    assert [(e.movement.quantity, e.voided, e.event_title) for e in entries] == [
        (-5, True, ""),
        (-10, False, "Seminar Qazaxda"),
        (50, False, ""),
    ]
    assert entries[1].movement.id == handout.id
    live = stock.ledger_entries(store, location="AZ-QAZ", include_voided=False)
    assert [e.movement.quantity for e in live] == [-10, 50]


def test_location_stock_lists_every_active_material_with_zero_where_nothing_moved(store: Store) -> None:
    for code in ("LF-1", "BR-2", "PS-3"):
        materials.create_material(store, code=code, kind="leaflet", title_az=f"Vərəqə {code}")
    stock.record_movement(store, "receipt", "LF-1", 40, "AZ-QAZ")
    stock.record_movement(store, "handout", "LF-1", 15, "AZ-QAZ")
    stock.record_movement(store, "receipt", "PS-3", 8, "AZ-QAZ")
    stock.record_movement(store, "receipt", "BR-2", 99, "GYD")  # elsewhere: not counted here
    materials.edit_material(store, "PS-3", active=False)  # retired, but stock is still on the shelf

    lines = stock.location_stock(store, "AZ-QAZ")

    assert [(line.material.code, line.on_hand) for line in lines] == [("BR-2", 0), ("LF-1", 25), ("PS-3", 8)]
    stock.record_movement(store, "adjustment", "PS-3", -8, "AZ-QAZ", reason="counted")
    assert [line.material.code for line in stock.location_stock(store, "AZ-QAZ")] == ["BR-2", "LF-1"]


def test_voiding_a_transfer_undoes_both_halves_together(store: Store) -> None:
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    stock.record_movement(store, "receipt", "LF-1", 100, "AZ-QAZ")
    out, _ = stock.transfer(store, "LF-1", 30, "AZ-QAZ", "Qırmızı Körpü")
    assert out.transfer_id is not None

    stock.void_transfer(store, out.transfer_id)

    assert stock.on_hand(store, "LF-1", "AZ-QAZ") == 100
    assert stock.on_hand(store, "LF-1", "Qırmızı Körpü") == 0
    with pytest.raises(NotFound, match="already undone"):
        stock.void_transfer(store, out.transfer_id)


def test_a_transfer_whose_stock_was_handed_out_at_the_other_end_cannot_be_voided(store: Store) -> None:
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    stock.record_movement(store, "receipt", "LF-1", 100, "AZ-QAZ")
    out, _ = stock.transfer(store, "LF-1", 30, "AZ-QAZ", "Qırmızı Körpü")
    stock.record_movement(store, "handout", "LF-1", 20, "Qırmızı Körpü")
    assert out.transfer_id is not None

    with pytest.raises(ValidationError, match="only 10 on hand there now"):
        stock.void_transfer(store, out.transfer_id)

    assert stock.on_hand(store, "LF-1", "AZ-QAZ") == 70  # nothing was undone
    assert stock.on_hand(store, "LF-1", "Qırmızı Körpü") == 10


def test_an_officer_is_told_before_editing_that_a_coordinators_material_is_not_theirs(store: Store) -> None:
    coordinator_material(store, "CO-1")
    materials.create_material(store, code="MY-1", kind="poster", title_az="Plakat")

    assert materials.check_editable(store, "MY-1").code == "MY-1"
    with pytest.raises(ValidationError, match="managed by your coordinator"):
        materials.check_editable(store, "CO-1")
    with pytest.raises(ValidationError, match="managed by your coordinator"):
        materials.edit_material(store, "CO-1", title_az="Dəyişdirilmiş")
