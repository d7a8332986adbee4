"""Consent withdrawal, the retention purge and a laptop's hand-over, on real stores that exchange real
bundles: personal fields are cleared, the counts stay, the clearing reaches every coordinator, and the
name is left in no change-log entry of any store that held it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.services import attendance, audit, duplicates, events, participants, privacy, reports
from fieldkit.services.export import canonical_export
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError
from fieldkit.store.models import ChangeLog, Participant
from fieldkit.store.personal import EXPIRED_NAME, HANDED_OVER_NAME, WITHDRAWN_NAME
from fieldkit.sync.exchange import export_bundle, import_one, import_paths

from .peers import make_device, pin

GUNAY = "Günay Əliyeva"
PHONE = "+994501234567"
SOON = dt.date.today().year + 3  # a year after every record these tests make "now"


@dataclass
class Network:
    """A laptop (Qazax-2), its coordinator (Baku-HQ) and a second coordinator (Gəncə-HQ) that relays."""

    laptop: Store
    hq: Store
    second: Store
    usb: Path

    def send(self, source: Store, dest: Store, scope: str = "coordinator", *, encrypt: bool = True) -> None:
        result = import_one(dest, export_bundle(source, self.usb, scope, encrypt=encrypt).path)
        assert result.ok, result.message


@pytest.fixture
def net(tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[Network]:
    template = store_templates["reference"]
    laptop = make_device(tmp_path, template, "Qazax-2", "officer")
    hq = make_device(tmp_path, template, "Baku-HQ", "coordinator")
    second = make_device(tmp_path, template, "Gəncə-HQ", "coordinator")
    for a, b in ((laptop, hq), (hq, laptop), (hq, second), (second, hq)):
        pin(a, b)
    (tmp_path / "usb").mkdir()
    yield Network(laptop, hq, second, tmp_path / "usb")
    for store in (laptop, hq, second):
        store.close()


def _training(store: Store, day: str = "2026-03-10") -> str:
    return events.create_event(
        store, title="Təlim", kind="training", pillar="prevention", start_date=day, location="AZ-QAZ", status="held"
    ).id


def _person(store: Store, name: str = GUNAY, **fields: object) -> str:
    spec: dict[str, object] = {"sex": "female", "age_band": "25-34", "consent": True, **fields}
    return participants.create_participant(store, name=name, **spec).id  # type: ignore[arg-type]


def _log_text(store: Store) -> str:
    """Every field value in the change log, as text."""
    with store.read() as session:
        return "\n".join(str(fields) for fields in session.scalars(select(ChangeLog.fields)))


def _row(store: Store, person_id: str) -> Participant:
    with store.read() as session:
        row = session.get(Participant, person_id)
        assert row is not None
        return row


def _figures(store: Store) -> dict[str, object]:
    report = reports.build_report(store, suppress=False)
    return {f"{i.key}: {label}": value for i in report.indicators for label, value in i.figures}


# -- consent -------------------------------------------------------------------------------------


def test_withdrawing_consent_clears_the_personal_fields_and_keeps_the_counts(store: Store) -> None:
    event = _training(store)
    gunay = _person(store, position="Baş polis müfəttişi", phone=PHONE, email="gunay@example.org", region="AZ-QAZ")
    other = _person(store, "Leyla Həsənova", agency="DSX")
    for person in (gunay, other):
        attendance.check_in(store, event, person)
    before = _figures(store)

    record = participants.withdraw_consent(store, gunay)

    assert (record.name, record.phone, record.email, record.consent_date, record.consent_text_version) == (
        WITHDRAWN_NAME, None, None, None, None,
    )  # fmt: skip
    assert record.position == "polis", "the front-line role stays, so PS.5.1-28 still counts her"
    assert (record.sex, record.age_band, record.region_id) == ("female", "25-34", _row(store, gunay).region_id)
    assert [a.participant_id for a in attendance.list_attendees(store, event) if a.participant_id == gunay]
    assert _figures(store) == before, "every count in the report is as it was"
    log = _log_text(store)
    assert GUNAY not in log and PHONE not in log and "müfəttiş" not in log, "no change-log entry keeps them"
    assert participants.get_participant(store, other).name == "Leyla Həsənova"
    [entry] = audit.list_entries(store, actions=["consent_withdrawn"])
    assert entry.details == {"participant_id": gunay, "cleared": [gunay]}
    assert GUNAY not in str(entry.details)


def test_a_withdrawal_clears_every_record_a_coordinator_merged_into_the_person(net: Network) -> None:
    kept = _person(net.hq, phone=PHONE)
    typed_again = _person(net.hq, "Гюнай Алиева")
    duplicates.merge_people(net.hq, kept, [typed_again])

    participants.withdraw_consent(net.hq, typed_again)  # either record names the same person

    assert {_row(net.hq, i).name for i in (kept, typed_again)} == {WITHDRAWN_NAME}
    [entry] = audit.list_entries(net.hq, actions=["consent_withdrawn"])
    assert sorted(entry.details["cleared"]) == sorted([kept, typed_again])


def test_cleared_people_are_never_offered_as_duplicates(store: Store) -> None:
    for name in ("Nigar Quliyeva", "Səbinə Hüseynova"):
        participants.withdraw_consent(store, _person(store, name))
    assert duplicates.find_duplicates(store, min_score=0).groups == ()


def test_a_withdrawal_on_the_laptop_reaches_both_coordinators_and_leaves_no_name_behind(
    net: Network, tmp_path: Path, store_templates: dict[str, Path]
) -> None:
    event = _training(net.laptop)
    gunay = _person(net.laptop, phone=PHONE)
    attendance.check_in(net.laptop, event, gunay)
    net.send(net.laptop, net.hq)
    net.send(net.hq, net.second)
    assert _row(net.second, gunay).name == GUNAY  # both coordinators hold her now

    participants.withdraw_consent(net.laptop, gunay)
    net.send(net.laptop, net.hq)
    net.send(net.hq, net.second)

    for store in (net.hq, net.second):
        row = _row(store, gunay)
        assert (row.name, row.phone, row.consent_date) == (WITHDRAWN_NAME, None, None), store.device
        assert GUNAY not in _log_text(store) and PHONE not in _log_text(store), store.device
        assert [a.participant_id for a in attendance.list_attendees(store, event)] == [gunay]
    assert canonical_export(net.hq) == canonical_export(net.second)

    # A coordinator that joins later never receives the name at all: not in its rows, its log or its file.
    third = make_device(tmp_path, store_templates["reference"], "Şəki-HQ", "coordinator")
    try:
        pin(third, net.hq)
        pin(net.hq, third)
        net.send(net.hq, third, encrypt=False)  # Baku-HQ encrypts to the coordinator it heard from last
        assert canonical_export(third) == canonical_export(net.hq)
        files = [third.paths.store, Path(f"{third.paths.store}-wal")]
        on_disk = b"".join(f.read_bytes() for f in files if f.exists())
        assert GUNAY.encode() not in on_disk and PHONE.encode() not in on_disk
    finally:
        third.close()


def test_a_withdrawal_at_the_coordinator_reaches_the_other_coordinator(net: Network) -> None:
    gunay = _person(net.laptop, phone=PHONE)
    net.send(net.laptop, net.hq)
    net.send(net.hq, net.second)

    participants.withdraw_consent(net.hq, gunay)
    net.send(net.hq, net.second)

    assert _row(net.second, gunay).name == WITHDRAWN_NAME
    assert GUNAY not in _log_text(net.second)
    assert canonical_export(net.hq) == canonical_export(net.second)


def test_minors_are_refused_a_named_registration(store: Store) -> None:
    with pytest.raises(ValidationError, match="Minors are never registered by name"):
        _person(store, "Aynur Məmmədova", age_band="0-17")
    adult = _person(store, "Aysel Quliyeva")
    with pytest.raises(ValidationError, match="headcount"):
        participants.edit_participant(store, adult, age_band="0-17")
    assert participants.get_participant(store, adult).age_band == "25-34"
    assert [p.name for p in participants.search_participants(store)] == ["Aysel Quliyeva"]


def test_the_consent_text_version_is_stored_with_the_consent(store: Store) -> None:
    person = participants.get_participant(store, _person(store))
    assert person.consent_date == dt.date.today()
    assert person.consent_text_version == participants.CONSENT_TEXT_VERSION


# -- retention ------------------------------------------------------------------------------------


def test_only_a_coordinator_sets_the_retention_period_and_it_reaches_every_store(net: Network) -> None:
    with pytest.raises(ValidationError, match="Only a coordinator sets the retention period"):
        privacy.set_retention(net.laptop, 12)
    with pytest.raises(ValidationError, match="from 1 to 240"):
        privacy.set_retention(net.hq, 0)

    privacy.set_retention(net.hq, 24)
    privacy.set_retention(net.hq, 18)
    net.send(net.hq, net.laptop, "officer")
    net.send(net.hq, net.second)

    for store in (net.laptop, net.second):
        retention = privacy.get_retention(store)
        assert retention is not None and (retention.months, retention.set_by) == (18, "Baku-HQ")
    changes = [e.details for e in audit.list_entries(net.hq, actions=["settings"])]
    assert changes == [
        {"key": "retention_months", "value": 24, "previous": None},
        {"key": "retention_months", "value": 18, "previous": 24},
    ]


def test_no_purge_without_a_retention_period(store: Store) -> None:
    with pytest.raises(ValidationError, match="No retention period is set"):
        privacy.preview_purge(store)


def test_the_purge_clears_people_last_active_before_the_period_and_says_whom_first(net: Network) -> None:
    """Retention 12 months, counted back from 1 June three years on: people last active before 1 June
    of the year before are cleared. Activity is the latest of registering, consenting and attending."""
    privacy.set_retention(net.hq, 12)
    old_event, recent_event = _training(net.laptop, f"{SOON - 2}-01-10"), _training(net.laptop, f"{SOON - 1}-09-01")
    stale = _person(net.laptop, "Rəşad Hüseynov", sex="male", phone=PHONE)
    attendance.check_in(net.laptop, old_event, stale)
    active = _person(net.laptop, "Aysel Quliyeva")
    attendance.check_in(net.laptop, recent_event, active)
    never_came = _person(net.laptop, "Nərmin Məmmədova")
    consented_again = _person(net.laptop, "Fidan İsmayılova", consent_date=f"{SOON - 1}-07-01")
    gone = _person(net.laptop, "Işıq Babayev", sex="male")
    participants.delete_participant(net.laptop, gone)  # a tombstone still holds the name
    net.send(net.laptop, net.hq)
    as_of = dt.date(SOON, 6, 1)

    preview = privacy.preview_purge(net.hq, as_of)

    assert (preview.months, preview.cutoff) == (12, dt.date(SOON - 1, 6, 1))
    assert {p.id for p in preview.people} == {stale, never_came, gone}
    assert {p.id: p.last_activity for p in preview.people}[stale] == dt.date(SOON - 2, 1, 10)
    assert _row(net.hq, stale).name == "Rəşad Hüseynov", "a preview changes nothing"

    result = privacy.purge(net.hq, as_of)

    assert set(result.ids) == {stale, never_came, gone}
    assert {_row(net.hq, i).name for i in result.ids} == {EXPIRED_NAME}
    assert _row(net.hq, active).name == "Aysel Quliyeva" and _row(net.hq, consented_again).name == "Fidan İsmayılova"
    assert privacy.preview_purge(net.hq, as_of).people == (), "a second purge finds no one"
    [entry] = audit.list_entries(net.hq, actions=["purge"])
    assert entry.details["reason"] == "retention" and entry.details["count"] == 3
    assert sorted(entry.details["ids"]) == sorted(result.ids) and entry.details["as_of"] == as_of.isoformat()

    net.send(net.hq, net.second)
    assert {_row(net.second, i).name for i in result.ids} == {EXPIRED_NAME}
    assert "Rəşad" not in _log_text(net.second) and PHONE not in _log_text(net.hq)
    assert canonical_export(net.hq) == canonical_export(net.second)


def test_a_laptop_purges_its_own_people_with_the_coordinators_period_and_the_purge_syncs_up(net: Network) -> None:
    privacy.set_retention(net.hq, 6)
    net.send(net.hq, net.laptop, "officer")
    person = _person(net.laptop, phone=PHONE)
    net.send(net.laptop, net.hq)

    assert privacy.purge(net.laptop, dt.date(SOON, 1, 1)).ids == (person,)
    net.send(net.laptop, net.hq)

    assert _row(net.hq, person).name == EXPIRED_NAME and GUNAY not in _log_text(net.hq)


# -- a laptop hands its people over ----------------------------------------------------------------


def test_a_laptop_clears_the_people_its_coordinator_acknowledged_and_the_coordinator_keeps_them(
    net: Network,
) -> None:
    event = _training(net.laptop)
    handed = [_person(net.laptop, GUNAY, phone=PHONE), _person(net.laptop, "Leyla Həsənova")]
    for person in handed:
        attendance.check_in(net.laptop, event, person)
    net.send(net.laptop, net.hq)
    later = _person(net.laptop, "Aysel Quliyeva")  # registered after the bundle left: not acknowledged yet
    acknowledgement = export_bundle(net.hq, net.usb, "officer").path

    [result] = import_paths(net.laptop, [acknowledgement], purge_after_ack=True)

    assert result.ok
    assert {_row(net.laptop, i).name for i in handed} == {HANDED_OVER_NAME}
    assert _row(net.laptop, handed[0]).phone is None
    assert _row(net.laptop, later).name == "Aysel Quliyeva"
    assert GUNAY not in _log_text(net.laptop) and PHONE not in _log_text(net.laptop)
    assert len(attendance.list_attendees(net.laptop, event)) == 2, "the check-ins stay"
    [entry] = audit.list_entries(net.laptop, actions=["purge"])
    assert entry.details == {"reason": "acknowledged", "count": 2, "ids": sorted(handed)}

    # The hand-over is the laptop's own business: nothing of it reaches the coordinator.
    net.send(net.laptop, net.hq)
    assert _row(net.hq, handed[0]).name == GUNAY and _row(net.hq, handed[0]).phone == PHONE
    assert _row(net.hq, later).name == "Aysel Quliyeva"


def test_without_the_setting_a_laptop_keeps_its_people(net: Network) -> None:
    person = _person(net.laptop)
    net.send(net.laptop, net.hq)
    [result] = import_paths(net.laptop, [export_bundle(net.hq, net.usb, "officer").path])
    assert result.ok and _row(net.laptop, person).name == GUNAY


def test_a_coordinator_never_hands_its_people_over(net: Network) -> None:
    with pytest.raises(ValidationError, match="a coordinator's store keeps them"):
        privacy.purge_acknowledged(net.hq)


def test_cutoff_dates_count_back_calendar_months() -> None:
    assert privacy.cutoff_date(dt.date(2028, 3, 31), 1) == dt.date(2028, 2, 29)
    assert privacy.cutoff_date(dt.date(2028, 1, 15), 13) == dt.date(2026, 12, 15)
    assert privacy.cutoff_date(dt.date(2028, 12, 31), 12) == dt.date(2027, 12, 31)
