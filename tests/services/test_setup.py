"""First-run set-up in one call: what it writes, in which order, and what a failure leaves behind."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldkit.config import Paths, Settings, load_settings
from fieldkit.services import helplines, setup
from fieldkit.services.setup import HelplineChoice, SetupError, SetupRequest
from fieldkit.store.engine import Store
from fieldkit.store.errors import KnownError
from fieldkit.store.ids import REFERENCE_ORIGIN, reference_id
from fieldkit.store.models import ChangeLog, Helpline, Location
from fieldkit.store.open import initialise_device, open_store
from fieldkit.sync.keys import fingerprint
from fieldkit.sync.trust import list_peers, write_enrolment

RED_BRIDGE = reference_id("locations", "crossing:red-bridge")
GAZAKH_TOVUZ = reference_id("locations", "region:gazakh-tovuz")


def yesterday() -> dt.date:
    """Read at each use: a run can cross midnight."""
    return dt.date.today() - dt.timedelta(days=1)


@pytest.fixture
def new_store(paths: Paths, store_templates: dict[str, Path]) -> Iterator[Store]:
    """A migrated store with no device and no reference data: a laptop on its first run."""
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(store_templates["bare"], paths.store)
    store = open_store(paths)
    assert not store.initialised
    yield store
    store.close()


@pytest.fixture
def enrolment_file(tmp_path: Path, store_templates: dict[str, Path]) -> Iterator[tuple[Path, str]]:
    """An enrolment file written by a real coordinator store, and that coordinator's public key."""
    hq = Paths(tmp_path / "hq")
    hq.data_dir.mkdir()
    shutil.copyfile(store_templates["bare"], hq.store)
    store = open_store(hq)
    try:
        device = initialise_device(store, "Baku-HQ", "coordinator")
        path = write_enrolment(store, tmp_path / "enrol.json", hub_url="https://hub.example.org")
        yield path, device.public_key
    finally:
        store.close()


def _request(**changes: object) -> SetupRequest:
    values: dict[str, object] = {
        "name": "Qazax-2",
        "role": "officer",
        "language": "az",
        "home_location_id": RED_BRIDGE,
        "helplines": (
            HelplineChoice("Qaynar xətt", "+994 12 000 00 00", verified_at=yesterday()),
            HelplineChoice("Qısa nömrə", "1234"),
        ),
    }
    values.update(changes)
    return SetupRequest(**values)  # type: ignore[arg-type]


def _nothing_set_up(store: Store, paths: Paths) -> None:
    store.refresh_identity()
    assert not store.initialised
    assert not paths.device_key.exists() and not paths.device_state.exists()
    assert not paths.settings.exists()
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == 0
        assert session.scalar(select(func.count()).select_from(Helpline)) == 0


def test_set_up_writes_identity_reference_helplines_and_settings(new_store: Store, paths: Paths) -> None:
    settings = Settings(language="en", funder="Kept")

    result = setup.set_up(new_store, _request(), settings)

    device = new_store.device
    assert device is not None and new_store.identity_problem is None
    assert (device.name, device.role) == ("Qazax-2", "officer") == (result.name, result.role)
    assert result.locations_total > 100
    with new_store.read() as session:
        home = session.get(Location, RED_BRIDGE)
        assert home is not None and home.name_az == "Qırmızı Körpü"
        # the helplines were captured under the new device, so they reach the coordinator by sync
        logged = session.scalars(select(ChangeLog).where(ChangeLog.table_name == "helplines")).all()
    assert {e.origin for e in logged} == {device.device_id} and [e.seq for e in logged] == [1, 2]
    rows = {h.number: h for h in helplines.list_helplines(new_store)}
    assert rows["+994120000000"].verified_at == yesterday()
    assert rows["+994120000000"].verified_by == "Qazax-2"
    assert rows["1234"].verified_at is None and rows["1234"].verified_by is None
    assert result.helpline_ids == (rows["+994120000000"].id, rows["1234"].id)

    saved = load_settings(paths.settings)
    assert saved.language == settings.language == "az"
    assert saved.home_location_id == RED_BRIDGE
    assert saved.default_helpline_id == rows["+994120000000"].id
    assert saved.funder == "Kept"
    assert json.loads(paths.device_state.read_text())["last_seq"] == 2
    # the counters are consistent: the next write follows on
    helplines.add_helpline(new_store, label="Extra", number="+994 50 000 00 00")
    assert new_store.device is not None and new_store.device.last_seq == 3


def test_enrolment_file_pins_the_coordinator_and_its_hub(
    new_store: Store, paths: Paths, enrolment_file: tuple[Path, str]
) -> None:
    path, coordinator_key = enrolment_file
    preview = setup.preview_enrolment(path)
    assert (preview.coordinator_name, preview.hub_url, preview.expired) == ("Baku-HQ", "https://hub.example.org", False)
    assert preview.fingerprint == fingerprint(coordinator_key)

    result = setup.set_up(new_store, _request(enrolment_file=path, helplines=()), Settings())

    assert result.coordinator == preview
    [peer] = list_peers(new_store)
    assert (peer.name, peer.role, peer.status) == ("Baku-HQ", "coordinator", "trusted")
    assert new_store.device is not None and new_store.device.enrolment is not None
    assert new_store.device.enrolment["coordinator"] == preview.coordinator_id
    assert load_settings(paths.settings).hub_url == "https://hub.example.org"
    assert load_settings(paths.settings).default_helpline_id is None


@pytest.mark.parametrize("damage", ["not json", "altered"])
def test_a_bad_enrolment_file_is_refused_before_anything_is_written(
    new_store: Store, paths: Paths, enrolment_file: tuple[Path, str], damage: str
) -> None:
    path, _ = enrolment_file
    if damage == "not json":
        path.write_text("this is not an enrolment file", encoding="utf-8")
    else:
        document = json.loads(path.read_text(encoding="utf-8"))
        document["hub_url"] = "https://evil.example.org"
        path.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(SetupError) as refused:
        setup.preview_enrolment(path)
    assert refused.value.step == "enrolment"
    with pytest.raises(SetupError) as refused:
        setup.set_up(new_store, _request(enrolment_file=path), Settings())

    assert refused.value.step == "enrolment"
    assert "enrolment file" in str(refused.value) or "signature" in str(refused.value)
    _nothing_set_up(new_store, paths)
    with new_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Location)) == 0


def test_a_failure_inside_the_set_up_leaves_the_store_not_set_up_and_a_retry_works(
    new_store: Store, paths: Paths, enrolment_file: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = enrolment_file

    def fail(*_args: object) -> None:
        raise OSError("the USB stick was pulled out")

    monkeypatch.setattr(setup, "_pin_coordinator", fail)
    settings = Settings(language="en")
    with pytest.raises(KnownError, match=r"the USB stick was pulled out.*Nothing was set up"):
        setup.set_up(new_store, _request(enrolment_file=path), settings)

    _nothing_set_up(new_store, paths)
    assert settings.language == "en" and settings.home_location_id is None
    with new_store.read() as session:  # the reference data may stay: it does not make the store "set up"
        assert session.scalar(select(func.count()).select_from(Location)) > 100

    monkeypatch.undo()
    result = setup.set_up(new_store, _request(enrolment_file=path), settings)
    assert new_store.initialised and result.coordinator is not None
    assert len(helplines.list_helplines(new_store)) == 2


def _existing_helpline(store: Store) -> str:
    """A helpline already in the store, as a coordinator published it (written as sync applies it)."""
    with store.write(sync_apply=True) as session:
        row = Helpline(
            id="0190b0e0-0000-7000-8000-000000000001",
            label="Milli qaynar xətt",
            number="+994120000001",
            active=True,
            created_hlc=1,
            updated_hlc=1,
            origin="0190b0e0-0000-7000-8000-0000000000aa",
        )
        session.add(row)
    return row.id


def test_an_officer_cannot_verify_a_coordinators_helpline_and_nothing_is_half_written(
    new_store: Store, paths: Paths
) -> None:
    existing = _existing_helpline(new_store)
    request = _request(helplines=(HelplineChoice("Milli qaynar xətt", "", yesterday(), existing_id=existing),))

    with pytest.raises(SetupError) as refused:
        setup.set_up(new_store, request, Settings())

    assert refused.value.step == "helplines" and "coordinator" in str(refused.value)
    store_row = helplines.get_helpline(new_store, existing)
    assert store_row.verified_at is None
    new_store.refresh_identity()
    assert not new_store.initialised and not paths.device_key.exists()


def test_a_coordinator_confirms_an_existing_helpline_and_it_becomes_the_default(new_store: Store, paths: Paths) -> None:
    existing = _existing_helpline(new_store)
    request = _request(
        name="Baku-HQ",
        role="coordinator",
        helplines=(HelplineChoice("Milli qaynar xətt", "", yesterday(), existing_id=existing),),
        verified_by="Aysel Məmmədova",
    )

    result = setup.set_up(new_store, request, Settings())

    row = helplines.get_helpline(new_store, existing)
    assert (row.verified_at, row.verified_by) == (yesterday(), "Aysel Məmmədova")
    assert result.helpline_ids == (existing,)
    assert load_settings(paths.settings).default_helpline_id == existing


@pytest.mark.parametrize(
    ("changes", "step", "words"),
    [
        ({"name": "   "}, "name", "name"),
        ({"role": "admin"}, "role", "officer"),
        ({"language": "de"}, "language", "az"),
        ({"helplines": (HelplineChoice("X", "call me"),)}, "helplines", "not a helpline number"),
        ({"helplines": (HelplineChoice("", "1234"),)}, "helplines", "label"),
        ({"helplines": (HelplineChoice("A", "1234"), HelplineChoice("B", "1234"))}, "helplines", "twice"),
        (
            {"helplines": (HelplineChoice("A", "1234", dt.date.today() + dt.timedelta(days=3)),)},
            "helplines",
            "future",
        ),
        ({"home_location_id": "0190b0e0-0000-7000-8000-00000000dead"}, "location", "No location"),
    ],
)
def test_refused_answers_name_their_step_and_set_nothing_up(
    new_store: Store, paths: Paths, changes: dict[str, object], step: str, words: str
) -> None:
    with pytest.raises(SetupError) as refused:
        setup.set_up(new_store, _request(**changes), Settings())
    assert refused.value.step == step
    assert words in str(refused.value)
    _nothing_set_up(new_store, paths)


def test_a_store_that_is_already_set_up_is_left_alone(quick_store: Store, paths: Paths) -> None:
    with pytest.raises(SetupError, match="already set up"):
        setup.set_up(quick_store, _request(), Settings())
    assert quick_store.device is not None and quick_store.device.name == "Test laptop"
    assert not paths.settings.exists()


def test_home_location_choices_exist_before_set_up_with_the_ids_they_will_have(new_store: Store) -> None:
    before = {r.id: r for r in setup.reference_locations(new_store)}
    regions = setup.regions_of(before.values())

    assert before[RED_BRIDGE].name_az == "Qırmızı Körpü"
    assert regions[RED_BRIDGE] == GAZAKH_TOVUZ  # crossing → Qazax district → Qazax–Tovuz
    assert regions[reference_id("locations", "metro:sahil")] == reference_id("locations", "region:baku")
    assert regions[GAZAKH_TOVUZ] == GAZAKH_TOVUZ
    assert regions[reference_id("locations", "airport:llk")] is None  # its parent is not recorded

    setup.set_up(new_store, _request(helplines=()), Settings())
    after = {r.id: r for r in setup.reference_locations(new_store)}
    assert after.keys() == before.keys()
    with new_store.read() as session:
        assert session.get(Location, RED_BRIDGE) is not None
        assert session.get(Location, RED_BRIDGE).origin == REFERENCE_ORIGIN  # type: ignore[union-attr]
