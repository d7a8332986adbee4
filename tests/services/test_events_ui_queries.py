"""What the events screen asks of the services: the list of events with region and people reached,
a headcount grid written in one go, the consent statement, and registering someone at the door."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldkit.services import attendance, events, locations, participants
from fieldkit.store.engine import Store
from fieldkit.store.errors import NotFound, ValidationError
from fieldkit.store.models import Participant


def _region(store: Store, code: str) -> str:
    return locations.resolve_location(store, code).id


def test_a_district_border_post_and_region_all_fall_in_their_economic_region(store: Store) -> None:
    regions = events.regions_by_location(store)
    with store.read() as session:
        for place in locations.list_locations(store):
            expected = locations.economic_region_of(session, place.id)
            assert regions.get(place.id) == (expected.id if expected else None), place.name_en
    # the shipped data has regions with districts under them, so the map is not trivially empty
    region_ids = {p.id for p in locations.list_locations(store, kind="economic-region")}
    assert region_ids and set(regions.values()) <= region_ids
    assert sum(1 for loc, reg in regions.items() if loc != reg) > 20


def test_summaries_count_attendees_and_headcounts_and_filter_by_region(store: Store) -> None:
    regions = events.regions_by_location(store)
    qazax = locations.resolve_location(store, "AZ-QAZ")
    baku_metro = next(p for p in locations.list_locations(store, kind="metro-station"))
    seminar = events.create_event(
        store, title="Sərhəd seminarı", kind="workshop", start_date="2026-05-14", location=qazax.id
    )
    session_ = events.create_event(
        store, title="Metro session", kind="awareness-session", start_date="2026-06-01", location=baku_metro.id
    )
    unplaced = events.create_event(store, title="Online", kind="other", start_date="2026-04-01")
    person = participants.create_participant(store, name="Aynur Quliyeva", sex="female", consent=True)
    other = participants.create_participant(store, name="Elvin Məmmədov", sex="male", consent=True)
    attendance.check_in(store, seminar.id, person.id)
    attendance.check_in(store, seminar.id, other.id)
    attendance.remove_attendance(store, seminar.id, other.id)
    attendance.set_headcount(store, seminar.id, sex="female", age_band="0-17", count=12)
    attendance.set_headcount(store, seminar.id, sex="male", age_band="0-17", count=9)

    rows = {s.event.id: s for s in events.list_event_summaries(store)}
    assert [s.event.id for s in events.list_event_summaries(store)] == [session_.id, seminar.id, unplaced.id]
    assert (rows[seminar.id].attendees, rows[seminar.id].headcount) == (1, 21)
    assert (rows[session_.id].attendees, rows[session_.id].headcount) == (0, 0)
    assert rows[seminar.id].region_id == regions[qazax.id]
    assert rows[seminar.id].event == events.get_event(store, seminar.id)
    assert rows[unplaced.id].region_id is None

    in_region = events.list_event_summaries(store, region_id=regions[qazax.id])
    assert [s.event.id for s in in_region] == [seminar.id]
    assert events.list_event_summaries(store, status="held") == []
    assert [s.event.id for s in events.list_event_summaries(store, date_from=dt.date(2026, 5, 20))] == [session_.id]
    assert events.get_event_summary(store, seminar.id) == rows[seminar.id]


def test_the_summary_of_a_deleted_event_is_not_found(store: Store) -> None:
    event = events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14")
    events.delete_event(store, event.id)
    with pytest.raises(NotFound):
        events.get_event_summary(store, event.id)
    assert events.list_event_summaries(store) == []


def test_a_headcount_grid_is_set_in_one_go_and_zeroes_add_no_rows(store: Store) -> None:
    event = events.create_event(store, title="School visit", kind="awareness-session", start_date="2026-05-14")
    attendance.set_headcounts(store, event.id, {("female", "0-17"): 14, ("male", "0-17"): 11, ("female", "25-34"): 0})
    cells = {(h.sex, h.age_band): h.count for h in attendance.list_headcounts(store, event.id)}
    assert cells == {("female", "0-17"): 14, ("male", "0-17"): 11}

    attendance.set_headcounts(store, event.id, {("female", "0-17"): 15, ("male", "0-17"): 0})
    cells = {(h.sex, h.age_band): h.count for h in attendance.list_headcounts(store, event.id)}
    assert cells == {("female", "0-17"): 15, ("male", "0-17"): 0}


def test_a_bad_cell_refuses_the_whole_grid(store: Store) -> None:
    event = events.create_event(store, title="School visit", kind="awareness-session", start_date="2026-05-14")
    with pytest.raises(ValidationError, match="cannot be negative"):
        attendance.set_headcounts(store, event.id, {("female", "0-17"): 4, ("male", "0-17"): -1})
    with pytest.raises(ValidationError, match="sex must be one of"):
        attendance.set_headcounts(store, event.id, {("female", "0-17"): 4, ("boys", "0-17"): 1})
    assert attendance.list_headcounts(store, event.id) == []


def test_the_consent_statement_comes_with_the_version_stored_with_consent(store: Store) -> None:
    az = attendance.consent_text(store, "az")
    en = attendance.consent_text(store, "en")
    assert "razıyam" in az.statement.lower()
    assert en.statement.startswith("I agree")
    assert az.version == en.version == participants.CONSENT_TEXT_VERSION
    with pytest.raises(ValidationError):
        attendance.consent_text(store, "de")


def test_registering_at_the_door_records_consent_and_checks_in(store: Store) -> None:
    event = events.create_event(store, title="Round-table", kind="round-table", start_date="2026-05-14")
    person, check = attendance.check_in_new_participant(
        store, event.id, name="Nigar Hüseynova", sex="female", age_band="25-34", phone="+994 50 123 45 67",
        region="AZ-QAZ", consent=True,
    )  # fmt: skip
    assert check.created and check.attendance.participant_id == person.id
    stored = participants.get_participant(store, person.id)
    assert stored.consent_date == dt.date.today()
    assert stored.consent_text_version == participants.CONSENT_TEXT_VERSION
    assert stored.phone == "+994501234567"
    assert [a.name for a in attendance.list_attendees(store, event.id)] == ["Nigar Hüseynova"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"consent": False}, "only with the person's consent"),
        ({"age_band": "0-17"}, "Minors are never registered by name"),
        ({"event_id": "00000000-0000-7000-8000-000000000000"}, "No event with id"),
    ],
)
def test_registering_at_the_door_is_refused_without_consent_for_minors_or_a_missing_event(
    store: Store, changes: dict[str, object], message: str
) -> None:
    event = events.create_event(store, title="Round-table", kind="round-table", start_date="2026-05-14")
    args: dict[str, object] = {"event_id": event.id, "name": "Orxan Əliyev", "sex": "male", "consent": True}
    args.update(changes)
    with pytest.raises((ValidationError, NotFound), match=message):
        attendance.check_in_new_participant(store, **args)  # type: ignore[arg-type]
    with store.read() as session:
        assert session.query(Participant).count() == 0
    assert attendance.list_attendees(store, event.id) == []
