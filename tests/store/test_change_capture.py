"""Change capture: every write to a synced row appends the right change-log entry in the same
transaction, numbered 1..N for this device, with a hybrid logical clock that never goes backwards."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from fieldkit.services import attendance, events, helplines, locations, materials, participants, stock
from fieldkit.services.reference import load_reference
from fieldkit.store import hlc
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError
from fieldkit.store.hlc import Clock
from fieldkit.store.ids import REFERENCE_ORIGIN, reference_id
from fieldkit.store.models import (
    SYNCED_MODELS,
    Agency,
    ChangeLog,
    Event,
    Headcount,
    LocalDevice,
    Location,
    StockMovement,
)
from fieldkit.store.open import open_store


@dataclass(frozen=True)
class Entry:
    origin: str
    seq: int
    hlc: int
    table: str
    row_id: str
    op: str
    fields: dict[str, Any]


def change_log(store: Store) -> list[Entry]:
    with store.read() as session:
        rows = session.scalars(select(ChangeLog).order_by(ChangeLog.origin, ChangeLog.seq))
        return [Entry(r.origin, r.seq, r.hlc, r.table_name, r.row_id, r.op, dict(r.fields)) for r in rows]


class Recorder:
    """Hands out the change-log entries written since the previous call."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.seen = len(change_log(store))

    def new(self) -> list[Entry]:
        entries = change_log(self.store)
        fresh = entries[self.seen :]
        self.seen = len(entries)
        return fresh

    def ops(self) -> list[tuple[str, str, str, dict[str, Any]]]:
        return [(e.table, e.row_id, e.op, e.fields) for e in self.new()]


def total_rows(store: Store) -> int:
    with store.read() as session:
        return sum(session.scalar(select(func.count()).select_from(m)) or 0 for m in SYNCED_MODELS)


def set_deleted(store: Store, model: type, row_id: str, deleted: bool) -> None:
    """A tombstone or a restore written straight through the ORM, as the GUI or sync code might."""
    with store.write() as session:
        session.get(model, row_id).deleted = deleted


@pytest.fixture
def rec(store: Store) -> Recorder:
    return Recorder(store)


# -- each synced table, each kind of write ---------------------------------------------------------


def test_event_insert_update_delete_and_restore_are_logged(store: Store, rec: Recorder) -> None:
    qazax = locations.resolve_location(store, "AZ-QAZ").id
    event = events.create_event(
        store,
        title="Dəyirmi masa",
        kind="round-table",
        start_date="2026-05-14",
        location="AZ-QAZ",
        pillar="prevention",
    )
    assert rec.ops() == [
        (
            "events",
            event.id,
            "insert",
            {
                "kind": "round-table",
                "pillar": "prevention",
                "title": "Dəyirmi masa",
                "start_date": "2026-05-14",
                "end_date": "2026-05-14",
                "location_id": qazax,
                "organiser_agency_id": None,
                "partner_agency_ids": [],
                "audience": "",
                "language": "az",
                "status": "planned",
                "notes": "",
                "deleted": False,
            },
        )
    ]
    events.edit_event(store, event.id, title="Dəyirmi masa (Qazax)", status="held")
    assert rec.ops() == [("events", event.id, "update", {"title": "Dəyirmi masa (Qazax)", "status": "held"})]
    events.delete_event(store, event.id)
    assert rec.ops() == [("events", event.id, "delete", {"deleted": True})]
    set_deleted(store, Event, event.id, False)
    assert rec.ops() == [("events", event.id, "restore", {"deleted": False})]


def test_participant_insert_update_and_delete_are_logged(store: Store, rec: Recorder) -> None:
    person = participants.create_participant(
        store,
        name="Günay Əliyeva",
        sex="female",
        age_band="25-34",
        position="müəllim",
        email="gunay@example.org",
        consent=True,
        consent_date="2026-05-14",
    )
    assert rec.ops() == [
        (
            "participants",
            person.id,
            "insert",
            {
                "name": "Günay Əliyeva",
                "sex": "female",
                "age_band": "25-34",
                "agency_id": None,
                "position": "müəllim",
                "phone": None,
                "email": "gunay@example.org",
                "region_id": None,
                "consent_date": "2026-05-14",
                "consent_text_version": participants.CONSENT_TEXT_VERSION,
                "merged_into": None,
                "deleted": False,
            },
        )
    ]
    participants.edit_participant(store, person.id, position="direktor müavini", phone="+994 50 123 45 67")
    assert rec.ops() == [
        ("participants", person.id, "update", {"position": "direktor müavini", "phone": "+994501234567"})
    ]
    participants.delete_participant(store, person.id)
    assert rec.ops() == [("participants", person.id, "delete", {"deleted": True})]


def test_attendance_check_in_role_change_removal_and_second_check_in_are_logged(store: Store, rec: Recorder) -> None:
    event = events.create_event(store, title="Təlim", kind="training", start_date="2026-05-14")
    person = participants.create_participant(store, name="Rəşad Quliyev", sex="male", consent=True)
    rec.new()

    first = attendance.check_in(store, event.id, person.id)
    row_id = first.attendance.id
    assert rec.ops() == [
        (
            "attendance",
            row_id,
            "insert",
            {"event_id": event.id, "participant_id": person.id, "role": "participant", "deleted": False},
        ),
    ]
    attendance.check_in(store, event.id, person.id, role="speaker")
    assert rec.ops() == [("attendance", row_id, "update", {"role": "speaker"})]
    attendance.remove_attendance(store, event.id, person.id)
    assert rec.ops() == [("attendance", row_id, "delete", {"deleted": True})]
    again = attendance.check_in(store, event.id, person.id)
    assert again.created and again.attendance.id == row_id
    assert rec.ops() == [("attendance", row_id, "restore", {"deleted": False, "role": "participant"})]


def test_headcount_set_change_tombstone_and_set_again_are_logged(store: Store, rec: Recorder) -> None:
    event = events.create_event(
        store, title="Məktəbdə maarifləndirmə", kind="awareness-session", start_date="2026-05-14"
    )
    rec.new()

    cell = attendance.set_headcount(store, event.id, group="10-cu sinif", sex="female", age_band="0-17", count=12)
    assert rec.ops() == [
        (
            "headcounts",
            cell.id,
            "insert",
            {
                "event_id": event.id,
                "group_label": "10-cu sinif",
                "sex": "female",
                "age_band": "0-17",
                "count": 12,
                "deleted": False,
            },
        ),
    ]
    attendance.set_headcount(store, event.id, group="10-cu sinif", sex="female", age_band="0-17", count=15)
    assert rec.ops() == [("headcounts", cell.id, "update", {"count": 15})]
    set_deleted(store, Headcount, cell.id, True)
    assert rec.ops() == [("headcounts", cell.id, "delete", {"deleted": True})]
    attendance.set_headcount(store, event.id, group="10-cu sinif", sex="female", age_band="0-17", count=9)
    assert rec.ops() == [("headcounts", cell.id, "restore", {"count": 9, "deleted": False})]


def test_material_insert_edit_delete_and_recreate_are_logged(store: Store, rec: Recorder) -> None:
    leaflet = materials.create_material(store, code="lf-2026-01", kind="leaflet", title_az="Diqqət: iş təklifi")
    assert rec.ops() == [
        (
            "materials",
            leaflet.id,
            "insert",
            {
                "code": "LF-2026-01",
                "kind": "leaflet",
                "title_az": "Diqqət: iş təklifi",
                "title_en": "",
                "title_ru": "",
                "languages": "az",
                "version": "1",
                "active": True,
                "deleted": False,
            },
        ),
    ]
    materials.edit_material(store, "LF-2026-01", title_en="Beware: a job offer", languages="az,en")
    assert rec.ops() == [("materials", leaflet.id, "update", {"title_en": "Beware: a job offer", "languages": "az,en"})]
    materials.delete_material(store, "LF-2026-01")
    assert rec.ops() == [("materials", leaflet.id, "delete", {"deleted": True})]
    materials.create_material(
        store, code="LF-2026-01", kind="poster", title_az="Diqqət: iş təklifi", title_en="Beware: a job offer"
    )
    assert rec.ops() == [("materials", leaflet.id, "restore", {"kind": "poster", "deleted": False})]


def test_stock_movement_insert_void_and_restore_are_logged(store: Store, rec: Recorder) -> None:
    leaflet = materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    qazax = locations.resolve_location(store, "AZ-QAZ").id
    rec.new()

    receipt = stock.record_movement(
        store, "receipt", "LF-1", 200, "AZ-QAZ", note="IOM göndərişi", occurred_at="2026-05-14T10:00:00+04:00"
    )
    assert rec.ops() == [
        (
            "stock_movements",
            receipt.id,
            "insert",
            {
                "kind": "receipt",
                "material_id": leaflet.id,
                "location_id": qazax,
                "event_id": None,
                "quantity": 200,
                "occurred_at": "2026-05-14T10:00:00+04:00",
                "note": "IOM göndərişi",
                "forced_reason": None,
                "transfer_id": None,
                "deleted": False,
            },
        ),
    ]
    stock.void_movement(store, receipt.id)
    assert rec.ops() == [("stock_movements", receipt.id, "delete", {"deleted": True})]
    set_deleted(store, StockMovement, receipt.id, False)
    assert rec.ops() == [("stock_movements", receipt.id, "restore", {"deleted": False})]


def test_a_transfer_logs_both_legs_with_their_shared_link(store: Store, rec: Recorder) -> None:
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    stock.record_movement(store, "receipt", "LF-1", 50, "AZ-QAZ")
    rec.new()

    out, inn = stock.transfer(store, "LF-1", 20, "AZ-QAZ", "Qırmızı Körpü")

    entries = rec.new()
    assert [(e.row_id, e.op, e.fields["quantity"]) for e in entries] == [
        (out.id, "insert", -20),
        (inn.id, "insert", 20),
    ]
    assert entries[0].fields["transfer_id"] == entries[1].fields["transfer_id"] == out.transfer_id


def test_helpline_add_edit_verify_and_delete_are_logged(store: Store, rec: Recorder) -> None:
    line = helplines.add_helpline(store, label="Qaynar xətt (nümunə)", number="+994 12 000 00 00")
    assert rec.ops() == [
        (
            "helplines",
            line.id,
            "insert",
            {
                "label": "Qaynar xətt (nümunə)",
                "number": "+994120000000",
                "verified_at": None,
                "verified_by": None,
                "active": True,
                "deleted": False,
            },
        ),
    ]
    helplines.verify_helpline(store, line.id, by="Coordinator", on="2026-05-01")
    assert rec.ops() == [("helplines", line.id, "update", {"verified_at": "2026-05-01", "verified_by": "Coordinator"})]
    helplines.edit_helpline(store, line.id, number="+994 12 000 00 01")
    assert rec.ops() == [
        ("helplines", line.id, "update", {"number": "+994120000001", "verified_at": None, "verified_by": None})
    ]
    helplines.delete_helpline(store, line.id)
    assert rec.ops() == [("helplines", line.id, "delete", {"deleted": True})]


def test_location_insert_update_delete_and_restore_are_logged(store: Store, rec: Recorder) -> None:
    school = locations.create_location(store, kind="school", name_az="5 nömrəli məktəb", parent="AZ-QAZ")
    [(table, row_id, op, fields)] = rec.ops()
    assert (table, row_id, op) == ("locations", school.id, "insert")
    assert fields["name_az"] == "5 nömrəli məktəb"
    assert fields["kind"] == "school"
    assert fields["parent_id"] == locations.resolve_location(store, "AZ-QAZ").id
    assert fields["verified"] is False and fields["deleted"] is False
    with store.write() as session:
        session.get(Location, school.id).name_en = "School No. 5"
    assert rec.ops() == [("locations", school.id, "update", {"name_en": "School No. 5"})]
    set_deleted(store, Location, school.id, True)
    set_deleted(store, Location, school.id, False)
    assert [op for _, _, op, _ in rec.ops()] == ["delete", "restore"]


def test_agency_insert_update_delete_and_restore_are_logged(store: Store, rec: Recorder) -> None:
    ngo = locations.create_agency(store, name_az="Təmiz Dünya İctimai Birliyi", abbreviation="TD")
    [(table, row_id, op, fields)] = rec.ops()
    assert (table, row_id, op) == ("agencies", ngo.id, "insert")
    assert fields == {
        "kind": "ngo",
        "abbreviation": "TD",
        "name_az": "Təmiz Dünya İctimai Birliyi",
        "name_en": "",
        "name_ru": "",
        "ref_key": None,
        "active": True,
        "note": "",
        "deleted": False,
    }
    with store.write() as session:
        session.get(Agency, ngo.id).name_en = "Clean World Public Union"
    assert rec.ops() == [("agencies", ngo.id, "update", {"name_en": "Clean World Public Union"})]
    set_deleted(store, Agency, ngo.id, True)
    set_deleted(store, Agency, ngo.id, False)
    assert [op for _, _, op, _ in rec.ops()] == ["delete", "restore"]


def test_a_coordinator_edit_of_a_reference_row_is_logged_with_a_real_clock(store: Store, rec: Recorder) -> None:
    qazax_id = reference_id("locations", "AZ-QAZ")
    with store.write() as session:
        session.get(Location, qazax_id).name_en = "Qazakh"
    [entry] = rec.new()
    assert (entry.table, entry.row_id, entry.op, entry.fields) == (
        "locations",
        qazax_id,
        "update",
        {"name_en": "Qazakh"},
    )
    with store.read() as session:
        row = session.get(Location, qazax_id)
        assert row.updated_hlc == entry.hlc > 0
        assert row.created_hlc == 0 and row.origin == REFERENCE_ORIGIN


# -- numbering, clocks and transactions ---------------------------------------------------------


def busy_day(store: Store) -> None:
    """A morning's work across most tables, with refused writes in the middle."""
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    stock.record_movement(store, "receipt", "LF-1", 100, "AZ-QAZ")
    event = events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14", location="AZ-QAZ")
    person = participants.create_participant(store, name="Aysel Məmmədova", sex="female", consent=True)
    with pytest.raises(ValidationError):
        stock.record_movement(store, "handout", "LF-1", 500, "AZ-QAZ", event=event.id)
    attendance.check_in(store, event.id, person.id)
    with pytest.raises(ValidationError):
        participants.create_participant(store, name="Şagird", sex="male", age_band="0-17")
    attendance.set_headcount(store, event.id, sex="male", age_band="18-24", count=30)
    stock.record_movement(store, "handout", "LF-1", 40, "AZ-QAZ", event=event.id)
    events.edit_event(store, event.id, status="held")
    helplines.add_helpline(store, label="Qaynar xətt", number="152")
    stock.transfer(store, "LF-1", 10, "AZ-QAZ", "Qırmızı Körpü")
    events.delete_event(store, event.id)


def test_sequence_numbers_run_from_one_without_gaps_and_the_clock_only_moves_forward(store: Store) -> None:
    busy_day(store)

    entries = change_log(store)
    assert {e.origin for e in entries} == {store.device_id}
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert len(entries) == 12
    assert all(a.hlc < b.hlc for a, b in itertools.pairwise(entries))
    with store.read() as session:
        device = session.get(LocalDevice, 1)
        assert (device.last_seq, device.last_hlc) == (entries[-1].seq, entries[-1].hlc)
    key_state = json.loads(store.paths.device_state.read_text())
    assert key_state["last_seq"] == len(entries)


def test_each_row_carries_the_clock_and_origin_of_its_logged_changes(store: Store) -> None:
    busy_day(store)

    entries = change_log(store)
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for e in entries:
        first.setdefault(e.row_id, e.hlc)
        last[e.row_id] = e.hlc
    with store.read() as session:
        for model in SYNCED_MODELS:
            for row in session.scalars(select(model).where(model.origin != REFERENCE_ORIGIN)):
                assert row.origin == store.device_id
                assert (row.created_hlc, row.updated_hlc) == (first[row.id], last[row.id])


def test_a_refused_handout_leaves_no_movement_and_no_change_log_entry(store: Store, rec: Recorder) -> None:
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    stock.record_movement(store, "receipt", "LF-1", 5, "AZ-QAZ")
    rec.new()
    rows = total_rows(store)

    with pytest.raises(ValidationError, match="Only 5 of LF-1 in stock at Qazax"):
        stock.record_movement(store, "handout", "LF-1", 6, "AZ-QAZ")

    assert rec.new() == []
    assert total_rows(store) == rows
    assert stock.on_hand(store, "LF-1", "AZ-QAZ") == 5


def test_a_transfer_refused_after_its_first_leg_was_flushed_rolls_back_everything(store: Store, rec: Recorder) -> None:
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    stock.record_movement(store, "receipt", "LF-1", 50, "AZ-QAZ")
    before = change_log(store)
    rows = total_rows(store)
    rec.new()

    with pytest.raises(ValidationError, match="two different locations"):
        stock.transfer(store, "LF-1", 10, "AZ-QAZ", "Qazax")

    assert rec.new() == []
    assert total_rows(store) == rows
    stock.record_movement(store, "handout", "LF-1", 1, "AZ-QAZ")
    [entry] = rec.new()
    assert entry.seq == before[-1].seq + 1


def test_writing_the_value_a_row_already_has_logs_nothing(store: Store, rec: Recorder) -> None:
    event = events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14", location="AZ-QAZ")
    person = participants.create_participant(store, name="Aysel Məmmədova", sex="female", consent=True)
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    line = helplines.add_helpline(store, label="Qaynar xətt", number="+994120000000")
    attendance.check_in(store, event.id, person.id)
    attendance.set_headcount(store, event.id, sex="male", age_band="18-24", count=30)
    rec.new()

    events.edit_event(store, event.id, title="  Seminar ", kind="workshop", location="Qazax", start_date="2026-05-14")
    participants.edit_participant(store, person.id, name="Aysel Məmmədova", sex="female")
    materials.edit_material(store, "lf-1", title_az="Vərəqə", kind="leaflet")
    helplines.edit_helpline(store, line.id, number="+994 12 000 00 00")
    repeat = attendance.check_in(store, event.id, person.id)
    attendance.set_headcount(store, event.id, sex="male", age_band="18-24", count=30)
    with store.write() as session:
        session.get(Event, event.id).notes = ""

    assert rec.new() == []
    assert repeat.created is False


def test_the_clock_keeps_counting_up_when_the_laptop_clock_is_set_back(bare_store: Store) -> None:
    wall = [1_800_000_000_000]
    bare_store.clock = Clock(lambda: wall[0])
    rec = Recorder(bare_store)

    events.create_event(bare_store, title="Before", kind="workshop", start_date="2026-05-14")
    wall[0] -= 3_600_000  # an hour back, as after a dead CMOS battery or a time-zone fix
    events.create_event(bare_store, title="After 1", kind="workshop", start_date="2026-05-14")
    events.create_event(bare_store, title="After 2", kind="workshop", start_date="2026-05-14")
    wall[0] += 7_200_000  # and forward past the old time again
    events.create_event(bare_store, title="Later", kind="workshop", start_date="2026-05-14")

    stamps = [hlc.unpack(e.hlc) for e in rec.new()]
    assert stamps == [
        (1_800_000_000_000, 0),
        (1_800_000_000_000, 1),
        (1_800_000_000_000, 2),
        (1_800_003_600_000, 0),
    ]


def test_the_clock_stays_ahead_of_the_last_write_after_reopening_with_a_clock_behind(bare_store: Store) -> None:
    bare_store.clock = Clock(lambda: 1_800_000_000_000)
    events.create_event(bare_store, title="Before", kind="workshop", start_date="2026-05-14")
    last = change_log(bare_store)[-1].hlc
    paths = bare_store.paths
    bare_store.close()

    reopened = open_store(paths, clock=Clock(lambda: 1_700_000_000_000))
    try:
        events.create_event(reopened, title="After", kind="workshop", start_date="2026-05-14")
        newest = change_log(reopened)[-1]
    finally:
        reopened.close()
    assert newest.hlc > last
    assert newest.seq == 2


def test_changes_applied_by_sync_are_not_logged_as_local_changes(store: Store, rec: Recorder) -> None:
    event = events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14")
    rec.new()
    remote_id = "01900000-0000-7000-8000-0000000000aa"

    with store.write(sync_apply=True) as session:
        session.add(
            Event(
                id=remote_id,
                kind="training",
                title="Lənkəranda təlim",
                start_date=dt.date(2026, 6, 1),
                end_date=dt.date(2026, 6, 2),
                partner_agency_ids=[],
                origin="remote-device",
                created_hlc=5,
                updated_hlc=5,
            )
        )
        session.get(Event, event.id).title = "Seminar (remote edit)"

    assert rec.new() == []
    assert {e.title for e in events.list_events(store)} == {"Lənkəranda təlim", "Seminar (remote edit)"}
    with store.read() as session:
        assert session.get(LocalDevice, 1).last_seq == 1
    events.edit_event(store, event.id, status="held")
    assert [e.seq for e in rec.new()] == [2]


def test_a_synced_row_cannot_be_hard_deleted(store: Store, rec: Recorder) -> None:
    event = events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14")
    rec.new()

    with pytest.raises(RuntimeError, match="never hard-deleted"), store.write() as session:
        session.delete(session.get(Event, event.id))

    assert events.get_event(store, event.id).title == "Seminar"
    assert rec.new() == []


def test_reference_data_is_not_logged_and_loading_it_twice_adds_nothing(bare_store: Store) -> None:
    first = load_reference(bare_store)
    rows = total_rows(bare_store)
    second = load_reference(bare_store)

    assert first.locations_added == first.locations_total > 100
    assert first.agencies_added == first.agencies_total > 0
    assert (second.locations_added, second.agencies_added) == (0, 0)
    assert total_rows(bare_store) == rows == first.locations_total + first.agencies_total
    assert change_log(bare_store) == []
    with bare_store.read() as session:
        assert session.get(LocalDevice, 1).last_seq == 0
        assert session.scalar(select(func.count()).select_from(Location).where(Location.iso_code == "AZ-QAZ")) == 1


def test_loading_reference_data_again_keeps_a_coordinators_edit(store: Store) -> None:
    qazax_id = reference_id("locations", "AZ-QAZ")
    with store.write() as session:
        session.get(Location, qazax_id).name_en = "Qazakh"

    load_reference(store)

    assert locations.resolve_location(store, "AZ-QAZ").name_en == "Qazakh"


# -- the pure clock functions ---------------------------------------------------------------------

LIMIT = hlc.MAX_MILLIS - (1 << 20)  # room for the clock to run ahead without leaving the 47-bit range
wall_times = st.integers(min_value=0, max_value=LIMIT)
stamps = st.builds(hlc.pack, wall_times, st.integers(min_value=0, max_value=hlc.COUNTER_MASK))
steps = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), wall_times),
        st.tuples(st.just("observe"), wall_times, stamps),
    ),
    max_size=60,
)


@given(start=stamps, steps=steps)
def test_hlc_only_moves_forward_whatever_the_wall_clock_does(start: int, steps: list[tuple[Any, ...]]) -> None:
    last = start
    for step in steps:
        now = step[1]
        if step[0] == "tick":
            nxt = hlc.tick(last, now)
        else:
            remote = step[2]
            nxt = hlc.observe(last, remote, now)
            assert nxt > remote
        assert nxt > last
        millis, _counter = hlc.unpack(nxt)
        assert millis >= now, "the clock is never behind the wall clock"
        ceiling = max([now, hlc.unpack(last)[0]] + ([hlc.unpack(step[2])[0]] if step[0] == "observe" else []))
        assert millis <= ceiling + 1, "the clock runs ahead of what it has seen by at most a millisecond"
        last = nxt


def test_hlc_borrows_the_next_millisecond_when_the_counter_is_full() -> None:
    full = hlc.pack(1_000, hlc.COUNTER_MASK)
    assert hlc.unpack(hlc.tick(full, 1_000)) == (1_001, 0)
    assert hlc.unpack(hlc.tick(full, 900)) == (1_001, 0)


@given(millis=st.integers(0, hlc.MAX_MILLIS), counter=st.integers(0, hlc.COUNTER_MASK))
def test_hlc_pack_and_unpack_round_trip_within_a_signed_64_bit_integer(millis: int, counter: int) -> None:
    packed = hlc.pack(millis, counter)
    assert hlc.unpack(packed) == (millis, counter)
    assert 0 <= packed < 2**63


@given(
    a=st.tuples(wall_times, st.integers(0, hlc.COUNTER_MASK)), b=st.tuples(wall_times, st.integers(0, hlc.COUNTER_MASK))
)
def test_packed_hlc_values_order_like_time_then_counter(a: tuple[int, int], b: tuple[int, int]) -> None:
    assert (hlc.pack(*a) < hlc.pack(*b)) == (a < b)


@pytest.mark.parametrize(("millis", "counter"), [(-1, 0), (hlc.MAX_MILLIS + 1, 0), (0, -1), (0, hlc.COUNTER_MASK + 1)])
def test_hlc_pack_refuses_values_out_of_range(millis: int, counter: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        hlc.pack(millis, counter)
