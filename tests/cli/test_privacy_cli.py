"""``fieldkit participant withdraw-consent``, ``fieldkit retention`` and ``fieldkit audit``, as a
coordinator and an enrolled laptop use them, with real bundles between them."""

from __future__ import annotations

import csv
import json
import shlex
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from fieldkit.cli import main


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
        self.capsys, self.data_dir = capsys, data_dir

    def __call__(self, command: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--data-dir", str(self.data_dir), *shlex.split(command)])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, command: str) -> str:
        code, out, err = self(command)
        assert code == 0, f"{command}: {err}"
        return out.strip()

    def json(self, command: str) -> Any:
        return json.loads(self.ok(command + " --json"))

    def refused(self, command: str) -> str:
        code, out, err = self(command)
        assert code == 1 and out == "", (code, out, err)
        return err


@pytest.fixture
def hq(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    run = Cli(capsys, tmp_path / "hq")
    run.ok("init --name Baku-HQ --role coordinator")
    return run


@pytest.fixture
def laptop(capsys: pytest.CaptureFixture[str], tmp_path: Path, hq: Cli) -> Cli:
    """A laptop enrolled with ``hq``, holding one held training with Günay checked in."""
    run = Cli(capsys, tmp_path / "laptop")
    hq.ok(f"enroll --out {tmp_path / 'enrol.json'}")
    run.ok(f"init --name Qazax-2 --role officer --enroll {tmp_path / 'enrol.json'}")
    event = run.ok("event add --title Təlim --kind training --date 2026-03-10 --location AZ-QAZ --status held")
    person = run.ok("participant add --name 'Günay Əliyeva' --sex female --phone +994501234567 --consent")
    run.ok(f"attend {event} {person}")
    return run


def _send(source: Cli, dest: Cli, usb: Path, *flags: str) -> None:
    path = source.ok(f"sync export --out {usb} {' '.join(flags)}")
    result = dest.json(f"sync import {path}")
    assert result["ok"], result


def _people(cli: Cli) -> list[str]:
    return [p["name"] for p in cli.json("participant list")]


def test_withdraw_consent_clears_the_person_and_the_removal_reaches_the_coordinator(
    laptop: Cli, hq: Cli, tmp_path: Path
) -> None:
    [person] = laptop.json("participant list")
    _send(laptop, hq, tmp_path / "usb")

    out = laptop.ok(f"participant withdraw-consent {person['id']}")
    assert out.startswith(f"Consent withdrawn: the personal data of {person['id']} was cleared.")
    _send(laptop, hq, tmp_path / "usb")

    for device in (laptop, hq):
        [cleared] = device.json("participant list")
        assert (cleared["name"], cleared["phone"], cleared["consent_date"]) == ("(consent withdrawn)", None, None)
    [entry] = laptop.json("audit list --action consent_withdrawn")
    assert entry["details"]["participant_id"] == person["id"] and entry["actor"] == "Qazax-2"
    assert "No participant with id nobody" in laptop.refused("participant withdraw-consent nobody")


def test_retention_is_set_by_the_coordinator_and_the_laptop_purges_with_it(
    laptop: Cli, hq: Cli, tmp_path: Path
) -> None:
    assert "Only a coordinator sets the retention period" in laptop.refused("retention set --months 12")
    assert "No retention period is set" in laptop.refused("retention preview")
    assert hq.ok("retention set --months 12").startswith("Personal data is kept 12 months")
    _send(hq, laptop, tmp_path / "usb", "--to officer")
    assert laptop.ok("retention show").startswith("12 months (set by Baku-HQ on ")

    preview = laptop.json("retention preview --as-of 2099-01-01")
    assert preview["cutoff"] == "2098-01-01" and [p["name"] for p in preview["people"]] == ["Günay Əliyeva"]
    assert "Günay Əliyeva" in laptop.ok("retention preview --as-of 2099-01-01")
    assert laptop.json("retention preview")["people"] == [], "nobody is a year old yet"

    out = laptop.ok("retention purge --as-of 2099-01-01")
    assert out.startswith("Cleared the personal data of 1 people last active before 2098-01-01")
    assert _people(laptop) == ["(retention period over)"]
    [entry] = laptop.json("audit list --action purge")
    assert entry["details"]["count"] == 1 and entry["details"]["reason"] == "retention"
    _send(laptop, hq, tmp_path / "usb")
    assert _people(hq) == ["(retention period over)"]
    assert "must be a date written YYYY-MM-DD" in laptop.refused("retention purge --as-of someday")


def test_a_laptop_set_to_purge_after_acknowledgement_hands_its_people_over(
    laptop: Cli, hq: Cli, tmp_path: Path
) -> None:
    assert laptop.ok("settings set purge-after-ack yes") == "purge-after-ack = True"
    _send(laptop, hq, tmp_path / "usb")
    assert _people(laptop) == ["Günay Əliyeva"], "not acknowledged yet"

    _send(hq, laptop, tmp_path / "usb", "--to officer")

    assert _people(laptop) == ["(kept by the coordinator)"]
    assert _people(hq) == ["Günay Əliyeva"]
    actions = [(e["action"], e["details"].get("key") or e["details"].get("reason")) for e in laptop.json("audit list")]
    assert ("settings", "purge_after_ack") in actions and ("purge", "acknowledged") in actions
    assert "must be yes or no" in laptop.refused("settings set purge-after-ack maybe")


def test_audit_list_export_and_verify(laptop: Cli, hq: Cli, tmp_path: Path) -> None:
    _send(laptop, hq, tmp_path / "usb")
    listed = hq.ok("audit list")
    assert listed.splitlines()[0].split() == ["id", "at", "device", "action", "details"]
    assert "Baku-HQ" in listed and "import" in listed
    assert [e["action"] for e in laptop.json("audit list")] == ["export"]
    assert laptop.json("audit list --since 2999-01-01") == []
    assert len(hq.json("audit list --limit 1")) == 1

    out = tmp_path / "audit.csv"
    assert hq.ok(f"audit export --out {out}") == f"Wrote 1 audit entries to {out}."
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["action"] == "import" and row["actor"] == "Baku-HQ"

    assert hq.ok("audit verify") == "The audit log is intact: 2 entries, each chained to the one before."
    con = sqlite3.connect(hq.data_dir / "fieldkit.db")
    with con:
        con.execute("DROP TRIGGER audit_log_no_update")
        con.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 1")
    con.close()
    code, text, _err = hq("audit verify")
    assert code == 1 and "The audit log was tampered with: entry 1 was changed" in text
    assert hq("audit verify --json")[0] == 1


def test_audit_usage_errors_exit_2(hq: Cli) -> None:
    with pytest.raises(SystemExit) as exc:
        hq("audit list --action lunch")
    assert exc.value.code == 2
