"""The command-line contract of issue 2 §8, as acceptance checks use it: the command names and flags,
what goes to stdout and stderr, ``--json``, and the exit codes (0 done, 1 refused input, 2 usage error).

Real processes are used where the contract is about the process (each command once, and each exit-code
class); the bulk of the ``--json`` and refusal checks call ``fieldkit.cli.main`` in-process, which runs
the same code without the interpreter's start-up. Commands are written as a shell would take them."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fieldkit.cli import main
from fieldkit.config import Paths
from fieldkit.services import attendance, events, locations, participants, stock
from fieldkit.services.export import canonical_export
from fieldkit.store.ids import attendance_id, is_uuid
from fieldkit.store.models import ChangeLog
from fieldkit.store.open import open_store

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
ENV.pop("FIELDKIT_DATA_DIR", None)
MISSING_ID = "01900000-0000-7000-8000-00000000dead"


def run(data_dir: Path, command: str) -> subprocess.CompletedProcess[str]:
    """``fieldkit --data-dir DIR COMMAND`` in a real process."""
    return subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(data_dir), *shlex.split(command)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=ENV,
        timeout=120,
        check=False,
    )


class InProcess:
    """``fieldkit.cli.main`` with captured streams: the code a process runs, without its start-up."""

    def __init__(self, capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
        self.capsys = capsys
        self.data_dir = data_dir

    def __call__(self, command: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--data-dir", str(self.data_dir), *shlex.split(command)])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, command: str) -> Any:
        code, out, err = self(f"{command} --json")
        assert code == 0, err
        return json.loads(out)


def canonical(data_dir: Path) -> bytes:
    store = open_store(Paths(data_dir))
    try:
        return canonical_export(store)
    finally:
        store.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "fieldkit-data"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, store_templates: dict[str, Path]) -> InProcess:
    """A data directory set up by ``fieldkit init`` (in-process), and a way to run commands against it.

    The store file is copied from the session's migrated template first, so ``init`` finds the schema
    and reference data in place and only creates the device; ``init`` from nothing is tested below."""
    data_dir.mkdir()
    shutil.copyfile(store_templates["reference"], data_dir / "fieldkit.db")
    fk = InProcess(capsys, data_dir)
    code, _, err = fk("init --name Qazax-2 --role officer")
    assert code == 0, err
    return fk


@pytest.fixture
def stocked(cli: InProcess) -> InProcess:
    """Adds leaflet LF-1 with 100 in stock in Qazax (AZ-QAZ) and none at the Red Bridge crossing."""
    cli.json("material add --code LF-1 --kind leaflet --title-az Vərəqə")
    cli.json("stock receive LF-1 100 --location AZ-QAZ")
    return cli


# -- every command, in real processes ------------------------------------------------------------


def test_every_contract_command_works_in_a_real_process(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    def ok(command: str) -> str:
        done = run(data_dir, command)
        assert done.returncode == 0, (command, done.stderr)
        return done.stdout

    assert "Set up device 'Qazax-2' (officer)" in ok("init --name Qazax-2 --role officer")

    printed = ok(
        "event add --title 'Dəyirmi masa' --kind round-table --date 2026-05-14 --location AZ-QAZ --pillar prevention"
    )
    event_id = printed.strip()
    assert printed == f"{event_id}\n" and is_uuid(event_id), "event add prints only the new id"
    edited = ok(f"event edit {event_id} --title 'Dəyirmi masa (Qazax)' --status held --date 2026-05-15")
    assert edited == f"Updated event {event_id}\n"
    # Records that only exist to be deleted are made in-process: same code, no process start-up.
    fk = InProcess(capsys, data_dir)
    spare_event = fk.json("event add --title Ləğv --kind workshop --date 2026-05-20")["id"]
    spare_person = fk.json("participant add --name 'Rəşad Quliyev' --sex male")["id"]
    assert ok(f"event delete {spare_event}") == f"Deleted event {spare_event}\n"
    listing = ok("event list")
    assert event_id in listing and "Dəyirmi masa (Qazax)" in listing and spare_event not in listing

    person = ok("participant add --name 'Günay Əliyeva' --sex female --age-band 25-34 --agency DİN --consent").strip()
    assert is_uuid(person)
    assert ok(f"participant edit {person} --position direktor") == f"Updated participant {person}\n"
    assert ok(f"participant delete {spare_person}") == f"Deleted participant {spare_person}\n"

    assert ok(f"attend {event_id} {person} --role speaker") == f"{attendance_id(event_id, person)}\n"
    assert is_uuid(ok(f"headcount {event_id} --group '10-cu sinif' --sex female --age-band 0-17 --count 12").strip())

    assert is_uuid(ok("material add --code lf-1 --kind leaflet --title-az Vərəqə --title-en Leaflet").strip())
    assert ok("stock receive LF-1 100 --location AZ-QAZ").endswith("\nOn hand now: 100\n")
    assert ok(f"stock handout LF-1 30 --location Qazax --event {event_id}").endswith("\nOn hand now: 70\n")
    assert ok("stock adjust LF-1 -5 --location AZ-QAZ").endswith("\nOn hand now: 65\n")
    assert ok("stock balance --location AZ-QAZ").splitlines()[1].split() == ["LF-1", "Qazax", "65"]

    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert ok(f"export --format json --out {first}").startswith(f"Wrote {first} (")
    ok(f"export --format json --out {second}")
    assert first.read_bytes() == second.read_bytes(), "the export is byte-identical when run twice"

    # What the commands left in the store, read back through the services.
    store = open_store(Paths(data_dir))
    try:
        event = events.get_event(store, event_id)
        assert (event.title, event.status, str(event.start_date)) == ("Dəyirmi masa (Qazax)", "held", "2026-05-15")
        assert event.location_id == locations.resolve_location(store, "AZ-QAZ").id
        assert [p.name for p in participants.search_participants(store)] == ["Günay Əliyeva"]
        assert participants.get_participant(store, person).position == "direktor"
        assert [(a.name, a.role) for a in attendance.list_attendees(store, event_id)] == [("Günay Əliyeva", "speaker")]
        assert [(h.group_label, h.count) for h in attendance.list_headcounts(store, event_id)] == [("10-cu sinif", 12)]
        assert stock.on_hand(store, "LF-1", "AZ-QAZ") == 65
        assert first.read_bytes() == canonical_export(store)
        with store.read() as session:
            log = session.execute(select(ChangeLog.origin, ChangeLog.seq).order_by(ChangeLog.seq)).all()
        assert {origin for origin, _ in log} == {store.device_id}
        assert [seq for _, seq in log] == list(range(1, len(log) + 1))
    finally:
        store.close()


def test_a_handout_below_zero_goes_through_with_a_reason_and_warns(stocked: InProcess) -> None:
    done = run(stocked.data_dir, "stock handout LF-1 30 --location 'Qırmızı Körpü' --reason 'receipt not entered yet'")

    assert done.returncode == 0, done.stderr
    movement_id, balance = done.stdout.splitlines()
    assert balance == "On hand now: -30"
    assert done.stderr == "fieldkit: warning: Recorded below zero, reason: receipt not entered yet\n"
    store = open_store(Paths(stocked.data_dir))
    try:
        [movement] = [m for m in stock.ledger(store) if m.id == movement_id]
        assert (movement.quantity, movement.forced_reason) == (-30, "receipt not entered yet")
    finally:
        store.close()


def test_a_receipt_with_a_reason_does_not_claim_it_went_below_zero(stocked: InProcess) -> None:
    code, out, err = stocked("stock receive LF-1 50 --location AZ-QAZ --reason 'IOM shipment'")
    assert code == 0
    assert out.endswith("\nOn hand now: 150\n")
    assert "below zero" not in err


# -- exit code 2: usage errors ---------------------------------------------------------------------

USAGE_ERRORS = {
    "unknown-command": "frobnicate",
    "missing-required-flag": "event add --kind workshop --date 2026-05-14",
    "bad-choice": "event add --title T --kind party --date 2026-05-14",
}
MORE_USAGE_ERRORS = {
    "unknown-action": "event rename x",
    "quantity-not-a-number": "stock receive LF-1 ten --location AZ-QAZ",
    "bad-sex": "participant add --name Aysel --sex f",
    "bad-export-format": "export --format csv --out x.csv",
    "missing-location": "stock handout LF-1 5",
}


@pytest.mark.parametrize("command", list(USAGE_ERRORS.values()), ids=list(USAGE_ERRORS))
def test_a_usage_error_exits_2_with_usage_on_stderr_and_nothing_on_stdout(stocked: InProcess, command: str) -> None:
    before = canonical(stocked.data_dir)

    done = run(stocked.data_dir, command)

    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("usage: fieldkit")
    assert "error:" in done.stderr and "Run 'fieldkit" in done.stderr and "--help" in done.stderr
    assert canonical(stocked.data_dir) == before


@pytest.mark.parametrize("command", list(MORE_USAGE_ERRORS.values()), ids=list(MORE_USAGE_ERRORS))
def test_more_usage_errors_exit_2(stocked: InProcess, command: str) -> None:
    with pytest.raises(SystemExit) as exited:
        stocked(command)
    out, err = stocked.capsys.readouterr()
    assert exited.value.code == 2
    assert out == ""
    assert "error:" in err


# -- exit code 1: refused input --------------------------------------------------------------------

REFUSED_IN_A_PROCESS = {
    "bad-date": (
        "event add --title Seminar --kind workshop --date 14.05.2026",
        "date must be a date written YYYY-MM-DD (got '14.05.2026').",
    ),
    "handout-below-zero": (
        "stock handout LF-1 101 --location AZ-QAZ",
        "Only 100 of LF-1 in stock at Qazax; this handout of 101 would take it below zero.",
    ),
}


@pytest.mark.parametrize(("command", "message"), list(REFUSED_IN_A_PROCESS.values()), ids=list(REFUSED_IN_A_PROCESS))
def test_refused_input_exits_1_with_the_reason_on_stderr_and_changes_nothing(
    stocked: InProcess, command: str, message: str
) -> None:
    before = canonical(stocked.data_dir)

    done = run(stocked.data_dir, command)

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("fieldkit: error: ")
    assert message in done.stderr
    assert canonical(stocked.data_dir) == before


def test_a_command_before_init_exits_1_and_creates_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "not-set-up"

    done = run(empty, "event add --title Seminar --kind workshop --date 2026-05-14")

    assert done.returncode == 1
    assert done.stdout == ""
    assert f"There is no Field Kit store in {empty}" in done.stderr
    assert "fieldkit init --name NAME --role officer" in done.stderr
    assert not empty.exists()


@pytest.mark.parametrize(
    "command",
    ["event list", "participant add --name Aysel --sex female", "stock balance", "export --format json --out x.json"],
)
def test_every_command_before_init_is_refused_the_same_way(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    code, out, err = InProcess(capsys, tmp_path / "not-set-up")(command)
    assert (code, out) == (1, "")
    assert "Run 'fieldkit init --name NAME --role officer'" in err
    assert not (tmp_path / "not-set-up").exists()


def test_init_twice_is_refused_and_keeps_the_device(stocked: InProcess) -> None:
    before = canonical(stocked.data_dir)
    key = (stocked.data_dir / "device.key").read_bytes()

    code, out, err = stocked("init --name Again --role coordinator")

    assert (code, out) == (1, "")
    assert "This data directory is already set up as device 'Qazax-2'" in err
    assert "Nothing was changed." in err
    assert (stocked.data_dir / "device.key").read_bytes() == key
    assert canonical(stocked.data_dir) == before


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (
            "event add --title Seminar --kind workshop --date 2026-05-14 --location Atlantis",
            "No location called 'Atlantis'.",
        ),
        ("event add --title Seminar --kind workshop --date 2026-05-14 --location Lənkəran", "matches more than one"),
        ("event edit EVENT --date 2026-02-30", "date must be a date written YYYY-MM-DD (got '2026-02-30')"),
        ("event edit EVENT --end-date 2026-05-01", "before it starts"),
        ("event delete " + MISSING_ID, f"No event with id {MISSING_ID}"),
        ("participant add --name Şagird --sex male --age-band 0-17", "as a headcount"),
        ("participant add --name Aysel --sex female --email aysel@", "'aysel@' is not an e-mail address."),
        ("participant edit EVENT --name X", "No participant with id"),
        ("attend EVENT " + MISSING_ID, f"No participant with id {MISSING_ID}"),
        ("headcount " + MISSING_ID + " --group A --sex male --age-band unknown --count 5", "No event with id"),
        ("headcount EVENT --group A --sex male --age-band unknown --count -3", "cannot be negative"),
        ("material add --code lf-1 --kind poster --title-az Plakat", "A material with code LF-1 already exists."),
        ("stock handout LF-1 0 --location AZ-QAZ", "positive whole number"),
        ("stock adjust LF-1 -101 --location AZ-QAZ", "Only 100 of LF-1 in stock at Qazax"),
        ("stock receive NOPE 5 --location AZ-QAZ", "No material with code 'NOPE'"),
        ("stock balance --location Atlantis", "No location called 'Atlantis'."),
        ("export --format json --out .", "is a folder"),
    ],
)
def test_more_refused_input_exits_1_and_changes_nothing(stocked: InProcess, command: str, message: str) -> None:
    event_id = stocked.json("event add --title Seminar --kind workshop --date 2026-05-14")["id"]
    before = canonical(stocked.data_dir)

    code, out, err = stocked(command.replace("EVENT", event_id))

    assert (code, out) == (1, "")
    assert err.startswith("fieldkit: error: ")
    assert message in err
    assert canonical(stocked.data_dir) == before


def test_with_json_a_refusal_is_a_json_error_on_stderr(stocked: InProcess) -> None:
    code, out, err = stocked("stock handout LF-1 500 --location AZ-QAZ --json")
    assert (code, out) == (1, "")
    assert json.loads(err)["error"].startswith("Only 100 of LF-1 in stock at Qazax")


# -- --json for every command (in-process) ---------------------------------------------------------


def test_every_contract_command_prints_json_with_json(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    fk = InProcess(capsys, data_dir)
    init = fk.json("init --name Qazax-2 --role coordinator")
    assert init["role"] == "coordinator" and is_uuid(init["device_id"])
    assert init["reference"]["locations"] > 100 and init["reference"]["agencies"] > 0

    event = fk.json(
        "event add --title Təlim --kind training --date 2026-05-14 --location 'Qırmızı Körpü' --pillar protection"
    )
    assert (event["title"], event["start_date"], event["pillar"]) == ("Təlim", "2026-05-14", "protection")
    edited = fk.json(f"event edit {event['id']} --kind workshop --pillar partnership")
    assert (edited["id"], edited["kind"], edited["pillar"], edited["title"]) == (
        event["id"],
        "workshop",
        "partnership",
        "Təlim",
    )
    assert [e["id"] for e in fk.json("event list")] == [event["id"]]

    person = fk.json("participant add --name 'Günay Əliyeva' --sex female --consent")
    assert person["name"] == "Günay Əliyeva" and person["consent_date"] is not None
    assert fk.json(f"participant edit {person['id']} --age-band 35-49")["age_band"] == "35-49"
    unconsented = fk.json("participant add --name 'Rəşad Quliyev' --sex male")
    assert "consent" in unconsented["warnings"][0]
    assert fk.json(f"participant delete {unconsented['id']}") == {"id": unconsented["id"], "deleted": True}

    checked_in = fk.json(f"attend {event['id']} {person['id']}")
    assert checked_in["created"] is True and checked_in["id"] == attendance_id(event["id"], person["id"])
    assert fk.json(f"attend {event['id']} {person['id']}")["created"] is False
    cell = fk.json(f"headcount {event['id']} --group Sərnişinlər --sex male --age-band unknown --count 23")
    assert (cell["group_label"], cell["count"]) == ("Sərnişinlər", 23)

    material = fk.json("material add --code 'br 7' --kind brochure --title-az Buklet --title-en Brochure")
    assert (material["code"], material["languages"]) == ("BR7", ["az", "en"])
    received = fk.json("stock receive BR7 50 --location 'Qırmızı Körpü'")
    assert (received["movement"]["kind"], received["on_hand"]) == ("receipt", 50)
    handed = fk.json(f"stock handout BR7 20 --location 'Qırmızı Körpü' --event {event['id']}")
    assert (handed["movement"]["quantity"], handed["movement"]["event_id"], handed["on_hand"]) == (-20, event["id"], 30)
    adjusted = fk.json("stock adjust BR7 -5 --location 'Qırmızı Körpü'")
    assert (adjusted["movement"]["quantity"], adjusted["on_hand"]) == (-5, 25)
    [balance] = fk.json("stock balance")
    assert (balance["material_code"], balance["location_name"], balance["on_hand"]) == ("BR7", "Qırmızı Körpü", 25)
    assert fk.json("stock balance --location AZ-QAZ") == []

    out = tmp_path / "export.json"
    assert fk.json(f"export --format json --out {out}") == {"path": str(out), "bytes": len(out.read_bytes())}
    assert fk.json(f"event delete {event['id']}") == {"id": event["id"], "deleted": True}
    assert fk.json("event list") == []


def test_json_can_be_given_before_the_command(cli: InProcess) -> None:
    code, out, _ = cli("--json event list")
    assert code == 0
    assert json.loads(out) == []


# -- locations by id, code or name (in-process) ----------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name_az"),
    [
        ("AZ-QAZ", "Qazax"),
        ("az-qaz", "Qazax"),
        ("Qırmızı Körpü", "Qırmızı Körpü"),
        ("Red Bridge", "Qırmızı Körpü"),
        ("GYD", "Heydər Əliyev Beynəlxalq Aeroportu"),
    ],
)
def test_a_location_can_be_given_by_code_or_exact_name(cli: InProcess, typed: str, name_az: str) -> None:
    [place] = [r for r in cli.json("location list") if r["name_az"] == name_az]
    event = cli.json(f"event add --title Seminar --kind workshop --date 2026-05-14 --location {shlex.quote(typed)}")
    assert event["location_id"] == place["id"]


def test_a_location_can_be_given_by_id(cli: InProcess) -> None:
    [crossing] = [r for r in cli.json("location list --kind border-crossing") if r["name_az"] == "Qırmızı Körpü"]
    event = cli.json(f"event add --title Seminar --kind workshop --date 2026-05-14 --location {crossing['id']}")
    assert event["location_id"] == crossing["id"]
    code, out, _ = cli(f"stock balance --location {crossing['id']}")
    assert (code, out) == (0, "(none)\n")
