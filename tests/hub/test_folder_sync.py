"""Shared-folder sync (``fieldkit sync folder PATH``): a laptop and its coordinator share a folder (a
network share, a Syncthing folder, a USB path). After a round on each, the coordinator holds the
laptop's records and the laptop the coordinator's reference data; a round with nothing new writes
nothing and imports nothing; a folder that is not there is said plainly, with exit code 1."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldkit.services import attendance, events, helplines, materials, participants, stock

if TYPE_CHECKING:  # the fixtures' classes (tests/hub/conftest.py); test modules cannot import it
    from conftest import Device


def folder_round(device: Device, folder: Path) -> dict[str, Any]:
    result = device.run("sync", "folder", folder, "--json")
    assert result.code == 0, f"{device.name}: {result.out}{result.err}"
    data: dict[str, Any] = result.data
    assert data["ok"] and data["kind"] == "folder", data
    return data


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_a_shared_folder_carries_records_up_and_reference_data_down(make_device: Any, tmp_path: Path) -> None:
    coordinator = make_device("Baku-HQ", "coordinator")
    enrolment = tmp_path / "enrolment.json"
    coordinator.ok("enroll", "--out", enrolment)
    laptop = make_device("Qazax-2", enroll=enrolment)
    share = tmp_path / "Syncthing" / "fieldkit"
    share.mkdir(parents=True)

    with laptop.store() as store:
        event = events.create_event(store, title="Seminar", kind="workshop", start_date=dt.date(2026, 12, 1))
        person = participants.create_participant(store, name="Leyla Həsənova", sex="female", consent=True)
        attendance.check_in(store, event.id, person.id)
    with coordinator.store() as store:
        materials.create_material(store, code="LF-09", kind="leaflet", title_az="Vərəqə")
        helplines.add_helpline(store, label="Qaynar xətt", number="+994120000000")

    up = folder_round(laptop, share)
    assert up["pushed"] > 0 and up["pulled"] == 0, up
    central = folder_round(coordinator, share)
    assert central["pulled"] == up["pushed"] and central["applied"] > 0, central
    assert central["pushed"] > 0, "the coordinator wrote no bundle for the laptops"
    down = folder_round(laptop, share)
    assert down["pulled"] > 0 and down["applied"] > 0 and down["pushed"] == 0, down

    with coordinator.store() as store:
        assert [p.id for p in participants.search_participants(store, "", limit=None)] == [person.id]
        assert [a.participant_id for a in attendance.list_attendees(store, event.id)] == [person.id]
    with laptop.store() as store:
        assert "LF-09" in {m.code for m in materials.list_materials(store)}
        assert [h.number for h in helplines.list_helplines(store)] == ["+994120000000"]
        stock.record_movement(store, "receipt", "LF-09", 5, "AZ-QAZ")  # the catalogue is usable there

    receipt = folder_round(laptop, share)  # the receipt is new: it goes up
    assert receipt["pushed"] > 0 and receipt["pulled"] == 0, receipt
    assert folder_round(coordinator, share)["applied"] > 0
    folder_round(laptop, share)  # the coordinator's new bundle (its vector moved): nothing to apply
    before = listing(share)
    for device in (laptop, coordinator, laptop, coordinator):  # nothing new anywhere
        quiet = folder_round(device, share)
        assert quiet["pushed"] == 0 and quiet["pulled"] == 0 and quiet["applied"] == 0, (device.name, quiet)
    assert listing(share) == before, "a round with nothing new wrote to the folder"
    with coordinator.store() as store:
        assert stock.on_hand(store, "LF-09", "AZ-QAZ") == 5


def test_an_unreachable_folder_is_said_plainly(make_device: Any, tmp_path: Path) -> None:
    laptop = make_device("Qazax-2")
    gone = tmp_path / "unplugged-usb" / "fieldkit"
    result = laptop.run("sync", "folder", gone, "--json")
    assert result.code == 1, result.out
    assert result.data["ok"] is False and result.data["code"] == "folder_unreachable"
    assert "cannot be reached" in result.data["message"] and str(gone) in result.data["message"]
    plain = laptop.run("sync", "folder", gone)
    assert plain.code == 1 and "cannot be reached" in plain.out + plain.err
    assert not gone.exists(), "the round created the missing folder"
