"""Consent withdrawn on a laptop reaches the hub, and the hub then keeps no personal value of that person
in any change it holds, so a coordinator that syncs later never sees the name; one that had it gets the
withdrawal and clears it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import orjson
from sqlalchemy import select

from fieldkit.hub import db
from fieldkit.services import attendance, events, participants

if TYPE_CHECKING:
    from .conftest import HubServer

NAME, PHONE = "Nərgiz Withdrawn-Consent", "+994501234567"  # unique on the shared hub


def test_withdrawn_consent_leaves_no_personal_value_on_the_hub(shared_hub: HubServer) -> None:
    laptop = shared_hub.device("Qazax-privacy")
    early, late = shared_hub.device("HQ-early", "coordinator"), shared_hub.device("HQ-late", "coordinator")
    with laptop.store() as store:
        person = participants.create_participant(store, name=NAME, sex="female", phone=PHONE, consent=True)
        participants.edit_participant(store, person.id, position="müəllimə-7")
        event = events.create_event(store, title="Seminar", kind="workshop", start_date=dt.date(2026, 12, 1))
        attendance.check_in(store, event.id, person.id)
    assert laptop.sync_now().code == 0
    assert early.sync_now().code == 0
    with early.store() as store:
        assert participants.get_participant(store, person.id).name == NAME

    with laptop.store() as store:
        participants.withdraw_consent(store, person.id)
    assert laptop.sync_now().code == 0

    engine = shared_hub.engine()
    try:
        with engine.connect() as conn:
            c = db.changes.c
            held = [
                orjson.loads(raw)
                for (raw,) in conn.execute(
                    select(c.fields).where(c.table_name == "participants", c.row_id == person.id)
                )
            ]
    finally:
        engine.dispose()
    assert len(held) >= 3
    text = orjson.dumps(held).decode()
    assert NAME not in text and PHONE not in text and "müəllimə-7" not in text, held

    for coordinator in (early, late):
        assert coordinator.sync_now().code == 0
        with coordinator.store() as store:
            record = participants.get_participant(store, person.id)
            assert record.name != NAME and record.phone is None, record
            assert [a.participant_id for a in attendance.list_attendees(store, event.id)] == [person.id]
        assert NAME.encode() not in coordinator.canonical()
