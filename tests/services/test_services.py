"""The domain services refuse bad input with a message that names the field and the fix, and record
facts (a check-in, a headcount, a material code) so that two laptops recording the same fact agree."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.config import Paths
from fieldkit.services import attendance, events, helplines, locations, materials, participants
from fieldkit.store.engine import Store
from fieldkit.store.errors import NotFound, ValidationError
from fieldkit.store.ids import attendance_id
from fieldkit.store.models import Event, Location, Participant
from fieldkit.store.open import initialise_device, open_store


@pytest.fixture
def other_laptop(tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[Store]:
    """A second device with its own data directory, set up as ``fieldkit init`` leaves it."""
    paths = Paths(tmp_path / "laptop-b")
    paths.data_dir.mkdir()
    shutil.copyfile(store_templates["reference"], paths.store)
    store = open_store(paths)
    initialise_device(store, "Laptop B", "officer")
    yield store
    store.close()


def copy_rows(source: Store, target: Store, model: type, *ids: str) -> None:
    """Deliver rows to another store the way sync will: same ids and values, not logged again."""
    with source.read() as session:
        rows = [session.get(model, i) for i in ids]
        columns = [c.key for c in model.__table__.columns]  # type: ignore[attr-defined]
        values = [{c: getattr(r, c) for c in columns} for r in rows]
    with target.write(sync_apply=True) as session:
        for v in values:
            session.add(model(**v))


# -- events ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["2026-13-01", "14.05.2026", "2026/05/14", "tomorrow", ""])
def test_an_event_date_that_is_not_yyyy_mm_dd_is_refused(store: Store, bad: str) -> None:
    with pytest.raises(ValidationError) as refused:
        events.create_event(store, title="Seminar", kind="workshop", start_date=bad)
    assert str(refused.value) == f"date must be a date written YYYY-MM-DD (got '{bad}')."
    assert refused.value.field == "date"
    assert events.list_events(store) == []


def test_an_event_that_ends_before_it_starts_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14", end_date="2026-05-13")
    assert "ends (2026-05-13) before it starts (2026-05-14)" in str(refused.value)
    assert events.list_events(store) == []


def test_editing_the_end_date_before_the_start_is_refused_and_changes_nothing(store: Store) -> None:
    event = events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14", end_date="2026-05-15")
    with pytest.raises(ValidationError, match="before it starts"):
        events.edit_event(store, event.id, end_date="2026-05-01", title="Changed")
    assert events.get_event(store, event.id) == event


def test_an_unknown_location_is_refused_with_where_to_look(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14", location="Atlantis")
    assert "No location called 'Atlantis'" in str(refused.value)
    assert "fieldkit location list" in str(refused.value)


def test_an_ambiguous_location_name_lists_every_match_with_its_code(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14", location="Lənkəran")
    message = str(refused.value)
    assert "'Lənkəran' matches more than one location" in message
    assert "AZ-LA," in message and "AZ-LAN," in message
    assert "Give the code or id instead" in message


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "party"}, "kind must be one of: round-table, workshop, training, awareness-session, campaign"),
        ({"pillar": "punishment"}, "pillar must be one of: prevention, protection, prosecution, partnership"),
        ({"title": "   "}, "title is required."),
        ({"status": "done"}, "status must be one of: planned, held, cancelled"),
        ({"organiser": "Unknown Org"}, "No agency called 'Unknown Org'"),
    ],
)
def test_event_fields_are_checked(store: Store, changes: dict[str, str], message: str) -> None:
    values = {"title": "Seminar", "kind": "workshop", "start_date": "2026-05-14", **changes}
    with pytest.raises(ValidationError, match=message):
        events.create_event(store, **values)  # type: ignore[arg-type]
    assert events.list_events(store) == []


def test_an_event_without_an_end_date_is_a_one_day_event(store: Store) -> None:
    event = events.create_event(
        store,
        title="Seminar",
        kind="workshop",
        start_date="2026-05-14",
        organiser="DİN",
        partners=["BMqT", "State Migration Service"],
    )
    assert event.end_date == dt.date(2026, 5, 14)
    assert event.organiser_agency_id is not None
    assert len(event.partner_agency_ids) == 2


def test_moving_a_one_day_event_to_an_earlier_date_keeps_it_one_day(store: Store) -> None:
    """``fieldkit event edit ID --date D`` on a one-day workshop: it should now be on D, not span two days
    (a two-day event would be counted in two months if it crosses a month end)."""
    event = events.create_event(store, title="Seminar", kind="workshop", start_date="2026-06-01")

    moved = events.edit_event(store, event.id, start_date="2026-05-31")

    assert (moved.start_date, moved.end_date) == (dt.date(2026, 5, 31), dt.date(2026, 5, 31))


def test_moving_a_one_day_event_to_a_later_date_keeps_it_one_day(store: Store) -> None:
    event = events.create_event(store, title="Seminar", kind="workshop", start_date="2026-05-14")
    moved = events.edit_event(store, event.id, start_date="2026-05-20")
    assert (moved.start_date, moved.end_date) == (dt.date(2026, 5, 20), dt.date(2026, 5, 20))


def test_a_deleted_event_is_gone_from_lists_and_lookups(store: Store) -> None:
    kept = events.create_event(store, title="Kept", kind="workshop", start_date="2026-05-14")
    gone = events.create_event(store, title="Gone", kind="workshop", start_date="2026-05-15")
    events.delete_event(store, gone.id)
    assert [e.id for e in events.list_events(store)] == [kept.id]
    with pytest.raises(NotFound, match=f"No event with id {gone.id}"):
        events.edit_event(store, gone.id, title="Back?")


# -- participants ----------------------------------------------------------------------------------


def test_a_minor_is_refused_with_a_pointer_to_headcounts(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        participants.create_participant(store, name="Şagird Əliyev", sex="male", age_band="0-17", consent=True)
    message = str(refused.value)
    assert "Minors are never registered by name" in message
    assert "headcount" in message
    assert participants.search_participants(store) == []


def test_an_adult_cannot_be_edited_into_a_minor(store: Store) -> None:
    person = participants.create_participant(store, name="Aysel Məmmədova", sex="female", age_band="18-24")
    with pytest.raises(ValidationError, match="headcount"):
        participants.edit_participant(store, person.id, age_band="0-17")
    assert participants.get_participant(store, person.id).age_band == "18-24"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "aysel@", "'aysel@' is not an e-mail address."),
        ("email", "aysel at mail.az", "'aysel at mail.az' is not an e-mail address."),
        ("phone", "050-ABC", "'050-ABC' is not a phone number. Write it like +994 50 123 45 67."),
        ("phone", "12", "'12' is not a phone number."),
    ],
)
def test_bad_contact_details_are_refused(store: Store, field: str, value: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        participants.create_participant(store, name="Aysel Məmmədova", sex="female", consent=True, **{field: value})
    assert str(refused.value).startswith(message)
    assert refused.value.field == field


def test_contact_details_are_stored_in_a_standard_form_with_consent(store: Store) -> None:
    person = participants.create_participant(
        store,
        name="  Aysel   Məmmədova ",
        sex="female",
        phone="+994 (50) 123-45-67",
        email=" aysel@mail.az ",
        consent=True,
        consent_date="2026-05-14",
    )
    assert (person.name, person.phone, person.email) == ("Aysel Məmmədova", "+994501234567", "aysel@mail.az")
    assert person.consent_date == dt.date(2026, 5, 14)
    assert person.consent_text_version == participants.CONSENT_TEXT_VERSION


def test_an_unknown_sex_token_is_refused_with_the_allowed_values(store: Store) -> None:
    with pytest.raises(ValidationError, match="sex must be one of: female, male, other, undisclosed"):
        participants.create_participant(store, name="Aysel", sex="f")


# -- attendance and headcounts ---------------------------------------------------------------------


def test_the_same_check_in_on_two_laptops_gets_the_same_attendance_id(store: Store, other_laptop: Store) -> None:
    event = events.create_event(store, title="Təlim", kind="training", start_date="2026-05-14")
    person = participants.create_participant(store, name="Rəşad Quliyev", sex="male", consent=True)
    copy_rows(store, other_laptop, Event, event.id)
    copy_rows(store, other_laptop, Participant, person.id)
    assert store.device_id != other_laptop.device_id

    on_a = attendance.check_in(store, event.id, person.id)
    on_b = attendance.check_in(other_laptop, event.id, person.id)

    assert on_a.attendance.id == on_b.attendance.id == attendance_id(event.id, person.id)
    assert on_a.created and on_b.created


def test_checking_in_twice_changes_nothing(store: Store) -> None:
    event = events.create_event(store, title="Təlim", kind="training", start_date="2026-05-14")
    person = participants.create_participant(store, name="Rəşad Quliyev", sex="male", consent=True)

    first = attendance.check_in(store, event.id, person.id)
    second = attendance.check_in(store, event.id, person.id)

    assert first.created and not second.created
    assert second.attendance == first.attendance
    assert [(a.name, a.role) for a in attendance.list_attendees(store, event.id)] == [("Rəşad Quliyev", "participant")]


def test_a_check_in_of_a_merged_duplicate_goes_to_the_surviving_record(store: Store) -> None:
    event = events.create_event(store, title="Təlim", kind="training", start_date="2026-05-14")
    keep = participants.create_participant(store, name="Rəşad Quliyev", sex="male", consent=True)
    dup = participants.create_participant(store, name="Rashad Guliyev", sex="male", consent=True)
    with store.write() as session:
        session.get(Participant, dup.id).merged_into = keep.id

    result = attendance.check_in(store, event.id, dup.id)

    assert result.attendance.participant_id == keep.id
    assert result.attendance.id == attendance_id(event.id, keep.id)


def test_check_in_refuses_unknown_events_and_people(store: Store) -> None:
    event = events.create_event(store, title="Təlim", kind="training", start_date="2026-05-14")
    missing = "01900000-0000-7000-8000-00000000dead"
    with pytest.raises(NotFound, match=f"No participant with id {missing}"):
        attendance.check_in(store, event.id, missing)
    with pytest.raises(NotFound, match=f"No event with id {missing}"):
        attendance.check_in(store, missing, missing)


def test_setting_a_headcount_twice_keeps_the_last_count(store: Store) -> None:
    event = events.create_event(store, title="Məktəbdə görüş", kind="awareness-session", start_date="2026-05-14")

    first = attendance.set_headcount(store, event.id, group="10-cu sinif", sex="female", age_band="0-17", count=12)
    second = attendance.set_headcount(store, event.id, group="10-cu sinif", sex="female", age_band="0-17", count=15)
    attendance.set_headcount(store, event.id, group="10-cu sinif", sex="male", age_band="0-17", count=11)

    assert first.id == second.id
    assert [(h.sex, h.count) for h in attendance.list_headcounts(store, event.id)] == [("female", 15), ("male", 11)]


def test_the_same_headcount_cell_on_two_laptops_gets_the_same_id(store: Store, other_laptop: Store) -> None:
    event = events.create_event(store, title="Məktəbdə görüş", kind="awareness-session", start_date="2026-05-14")
    copy_rows(store, other_laptop, Event, event.id)
    a = attendance.set_headcount(store, event.id, group="10A", sex="female", age_band="0-17", count=12)
    b = attendance.set_headcount(other_laptop, event.id, group="10A", sex="female", age_band="0-17", count=14)
    assert a.id == b.id


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"count": -1}, "A headcount cannot be negative"),
        ({"age_band": "12-16"}, "age band must be one of: 0-17, 18-24, 25-34, 35-49, 50\\+, unknown"),
        ({"sex": "girls"}, "sex must be one of"),
    ],
)
def test_headcount_values_are_checked(store: Store, kwargs: dict[str, object], message: str) -> None:
    event = events.create_event(store, title="Məktəbdə görüş", kind="awareness-session", start_date="2026-05-14")
    values: dict[str, object] = {"sex": "female", "age_band": "0-17", "count": 10, **kwargs}
    with pytest.raises(ValidationError, match=message):
        attendance.set_headcount(store, event.id, group="10A", **values)  # type: ignore[arg-type]
    assert attendance.list_headcounts(store, event.id) == []


# -- materials -------------------------------------------------------------------------------------


def test_material_codes_are_normalised(store: Store) -> None:
    record = materials.create_material(
        store, code=" lf-2026 01 ", kind="leaflet", title_az="Vərəqə", title_en="Leaflet"
    )
    assert record.code == "LF-202601"
    assert record.languages == ("az", "en")
    assert materials.get_material(store, "lf-202601").id == record.id


def test_a_duplicate_material_code_is_refused(store: Store) -> None:
    materials.create_material(store, code="LF-2026-01", kind="leaflet", title_az="Vərəqə")
    with pytest.raises(ValidationError) as refused:
        materials.create_material(store, code="lf-2026-01", kind="poster", title_az="Plakat")
    assert str(refused.value) == "A material with code LF-2026-01 already exists."
    assert [(m.code, m.kind) for m in materials.list_materials(store)] == [("LF-2026-01", "leaflet")]


def test_the_same_material_code_on_two_laptops_is_one_material(store: Store, other_laptop: Store) -> None:
    a = materials.create_material(store, code="LF-2026-01", kind="leaflet", title_az="Vərəqə")
    b = materials.create_material(other_laptop, code="lf-2026-01", kind="leaflet", title_az="Vərəqə")
    assert a.id == b.id


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"code": "  "}, "A material needs a code"),
        ({"kind": "sticker"}, "kind must be one of: brochure, leaflet, poster, video, article, other"),
        ({"title_az": ""}, "title az is required."),
        ({"languages": "az,tr"}, "language must be one of: az, en, ru"),
    ],
)
def test_material_fields_are_checked(store: Store, kwargs: dict[str, str], message: str) -> None:
    values = {"code": "LF-1", "kind": "leaflet", "title_az": "Vərəqə", **kwargs}
    with pytest.raises(ValidationError, match=message):
        materials.create_material(store, **values)  # type: ignore[arg-type]
    assert materials.list_materials(store) == []


# -- helplines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+994 12 000 00 00", "+994120000000"),
        ("+994-12-000-00-00", "+994120000000"),
        ("00994 (12) 000 00 00", "+994120000000"),
        ("152", "152"),
        ("9 1 1", "911"),
    ],
)
def test_helpline_numbers_are_stored_as_e164_or_a_short_code(store: Store, typed: str, stored: str) -> None:
    record = helplines.add_helpline(store, label="Qaynar xətt (nümunə)", number=typed)
    assert record.number == stored
    assert record.is_short_code == (not stored.startswith("+"))


@pytest.mark.parametrize("bad", ["12", "+994", "0994 12 000", "call 152", "+0994120000000", "1234567"])
def test_a_number_that_cannot_be_dialled_is_refused(store: Store, bad: str) -> None:
    with pytest.raises(ValidationError) as refused:
        helplines.add_helpline(store, label="Qaynar xətt", number=bad)
    message = str(refused.value)
    assert message.startswith(f"'{bad}' is not a helpline number.")
    assert "starting with +" in message and "short code of 3 to 6 digits" in message
    assert helplines.list_helplines(store) == []


def test_a_verification_date_needs_the_person_who_verified(store: Store) -> None:
    with pytest.raises(ValidationError, match="Say who verified the number"):
        helplines.add_helpline(store, label="Qaynar xətt", number="152", verified_at="2026-05-01")


def test_changing_a_verified_number_clears_its_verification(store: Store) -> None:
    line = helplines.add_helpline(
        store, label="Qaynar xətt", number="+994120000000", verified_at="2026-05-01", verified_by="Koordinator"
    )
    same = helplines.edit_helpline(store, line.id, number="+994 12 000 00 00")
    assert same.verified_at == dt.date(2026, 5, 1)
    changed = helplines.edit_helpline(store, "+994120000000", number="+994120000001")
    assert (changed.number, changed.verified_at, changed.verified_by) == ("+994120000001", None, None)


# -- locations -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name_az", "kind"),
    [
        ("AZ-QAZ", "Qazax", "district"),
        ("az-qaz", "Qazax", "district"),
        ("Qırmızı Körpü", "Qırmızı Körpü", "border-crossing"),
        ("QIRMIZI KÖRPÜ", "Qırmızı Körpü", "border-crossing"),
        ("Red Bridge", "Qırmızı Körpü", "border-crossing"),
        ("GYD", "Heydər Əliyev Beynəlxalq Aeroportu", "airport"),
        ("Gəncə", "Gəncə", "district"),
    ],
)
def test_a_location_is_found_by_code_or_exact_name(store: Store, typed: str, name_az: str, kind: str) -> None:
    record = locations.resolve_location(store, typed)
    assert (record.name_az, record.kind) == (name_az, kind)


def test_a_location_is_found_by_its_id(store: Store) -> None:
    qazax = locations.resolve_location(store, "AZ-QAZ")
    assert locations.resolve_location(store, f" {qazax.id} ") == qazax


def test_the_red_bridge_crossing_lies_in_qazax(store: Store) -> None:
    crossing = locations.resolve_location(store, "Qırmızı Körpü")
    assert crossing.parent_id == locations.resolve_location(store, "AZ-QAZ").id


def test_a_partial_name_is_not_a_location(store: Store) -> None:
    with pytest.raises(ValidationError, match="No location called 'Qırmızı'"):
        locations.resolve_location(store, "Qırmızı")


def test_a_deleted_location_is_not_found(store: Store) -> None:
    school = locations.create_location(store, kind="school", name_az="5 nömrəli məktəb", parent="AZ-QAZ")
    assert locations.resolve_location(store, school.id).name_az == "5 nömrəli məktəb"
    with store.write() as session:
        session.get(Location, school.id).deleted = True
    with pytest.raises(ValidationError, match="No location called"):
        locations.resolve_location(store, "5 nömrəli məktəb")
