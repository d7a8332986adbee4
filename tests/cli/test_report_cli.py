"""``fieldkit report``: the figures with ``--json``, the exports, the raw export and its audit entry, the
filters, and the refusals (exit 1) and usage errors (exit 2). Data is entered through the command line
too, as an officer would."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fieldkit.cli import main

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
ENV.pop("FIELDKIT_DATA_DIR", None)
NAMED = "Named participants (each counted once)"
COUNTED = "Headcounts (no names; cannot be de-duplicated)"


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


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    """A laptop with a held training in Qazax: 8 named people (women: 3 DSX, 3 no agency; men: 2 DSX),
    20 more women counted without names, and 65 leaflets handed out (40 of them at the training)."""
    return _set_up(Cli(capsys, tmp_path / "data"), "init --name Qazax-2 --role officer")


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    """The same records entered at the national office, on a coordinator's store."""
    return _set_up(Cli(capsys, tmp_path / "office"), "init --name Baku-HQ --role coordinator")


def _set_up(run: Cli, init: str) -> Cli:
    run.ok(init)
    event = run.ok("event add --title Təlim --kind training --date 2026-03-10 --location AZ-QAZ --status held")
    people = [("female", "DSX")] * 3 + [("female", None)] * 3 + [("male", "DSX")] * 2
    for n, (sex, agency) in enumerate(people):
        flags = f"--agency {agency} --position sərhədçi" if agency else ""
        person = run.ok(
            f"participant add --name 'Şəxs {n}' --sex {sex} --age-band 25-34 --phone +99455000000{n} {flags} --consent"
        )
        run.ok(f"attend {event} {person}")
    run.ok(f"headcount {event} --group Könüllülər --sex female --age-band 18-24 --count 20")
    run.ok("material add --code LF-01 --kind leaflet --title-az Vərəqə --title-en Leaflet")
    run.ok("stock receive LF-01 500 --location AZ-QAZ")
    run.ok(f"stock handout LF-01 40 --location AZ-QAZ --event {event}")
    run.ok("stock handout LF-01 25 --location AZ-QAZ")
    return run


def _indicator(data: Any, key: str) -> Any:
    return next(i for i in data["indicators"] if i["key"] == key)


def _table(data: Any, key: str, table: str) -> dict[str, list[Any]]:
    found = next(t for t in _indicator(data, key)["tables"] if t["key"] == table)
    return {r[0]: r[1:] for r in found["rows"]}


def test_json_prints_every_indicator_suppressed(cli: Cli) -> None:
    data = cli.json("report")
    assert data["suppression"] is True and data["filters"] == {}
    trained = _table(data, "people_trained", "by_sex")
    # Named: women 6, men 2 (under 5); the women are hidden too, in their row and in the totals row,
    # or 8 - 6 and 28 - 26 would give the men away. The men stay unknown: every equation left has two.
    assert trained[NAMED] == ["x", "<5", 0, 0, 8]
    assert trained[COUNTED] == [20, 0, 0, 0, 20]
    assert trained["Total"] == ["x", "<5", 0, 0, 28]
    assert _indicator(data, "first_responders_trained")["figures"] == [["First responders trained", 5]]
    assert _indicator(data, "reach")["figures"] == [
        ["Reached directly (people)", 28], ["Reached indirectly (items handed out)", 65]
    ]  # fmt: skip
    assert _table(data, "materials_distributed", "by_location_type") == {
        "District": [25], "Event": [40], "Total": [65]
    }  # fmt: skip


def test_no_suppression_shows_small_counts_and_warns(cli: Cli) -> None:
    code, out, err = cli("report --no-suppression --json")
    assert code == 0 and "internal use only" in err
    trained = _table(json.loads(out), "people_trained", "by_sex")
    assert trained[NAMED] == [6, 2, 0, 0, 8] and trained[COUNTED] == [20, 0, 0, 0, 20]


def test_text_output_lists_the_headline_figures(cli: Cli) -> None:
    out = cli.ok("report --kind training --pillar prevention")
    assert "Event kind: Training" in out and "Pillar: Prevention" in out
    assert "PS.5.3-15  People trained" in out and "0" in out  # the event has no pillar, so nothing matches


def test_filters_from_the_command_line(cli: Cli) -> None:
    march = cli.json("report --from 2026-03-01 --to 2026-03-31 --economic-region Gazakh-Tovuz")
    assert march["filters"]["date_from"] == "2026-03-01"
    assert _indicator(march, "events_held")["figures"] == [["Events held", 1]]
    april = cli.json("report --from 2026-04-01 --to 2026-04-30")
    assert _indicator(april, "people_trained")["figures"] == [["People trained", 0]]
    dsx = cli.json("report --agency DSX --no-suppression")
    assert _table(dsx, "people_trained", "by_sex")["Total"] == [3, 2, 0, 0, 5]
    events_only = cli.json("report --location-type event")
    assert _indicator(events_only, "materials_distributed")["figures"] == [["Items handed out", 40]]


def test_xlsx_export(cli: Cli, tmp_path: Path) -> None:
    out = cli.ok(f"report --format xlsx --out {tmp_path / 'r.xlsx'}")
    assert out.endswith(f"Wrote the XLSX report to {tmp_path / 'r.xlsx'}.")
    wb = load_workbook(tmp_path / "r.xlsx")
    values = [c.value for row in wb["Reach"].iter_rows() for c in row]
    assert 28 in values and 65 in values
    [entry] = cli.json("audit list --action export")
    assert entry["details"]["kind"] == "donor-report" and entry["actor"] == "Qazax-2"


def test_raw_export_warns_and_is_audited(office: Cli, tmp_path: Path) -> None:
    code, out, err = office(f"report --raw --format csv --out {tmp_path / 'raw'} --json")
    assert code == 0 and "personal data" in err
    data = json.loads(out)
    assert data["audit"]["rows"] == {"events": 1, "attendance": 8, "headcounts": 1, "stock_movements": 3}
    header = (tmp_path / "raw" / "attendance.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "name [personal]" in header and "phone [personal]" in header
    [entry] = office.json("audit list --action raw_export")
    assert entry["details"]["rows"]["attendance"] == 8 and entry["actor"] == "Baku-HQ"


def test_an_officer_laptop_cannot_make_the_raw_export(cli: Cli, tmp_path: Path) -> None:
    code, out, err = cli(f"report --raw --format xlsx --out {tmp_path / 'raw.xlsx'}")
    assert code == 1 and out == ""
    assert "holds personal data, so only a coordinator makes it" in err
    assert not (tmp_path / "raw.xlsx").exists()
    assert cli.json("audit list --action raw_export") == []


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("report --format pdf", "--format needs --out"),
        ("report --out x.pdf", "--out needs --format"),
        ("report --raw --format pdf --out x.pdf", "raw export is written as --format xlsx or --format csv"),
        ("report --economic-region AZ-QAZ", "not an economic region"),
        ("report --from 2026-05-01 --to 2026-04-01", "before it starts"),
        ("report --agency Nowhere", "No agency called 'Nowhere'"),
    ],
)
def test_refusals_exit_1_with_a_message(cli: Cli, command: str, message: str) -> None:
    code, out, err = cli(command)
    assert code == 1 and out == "" and message in err


def test_usage_errors_exit_2(cli: Cli) -> None:
    with pytest.raises(SystemExit) as exc:
        cli("report --kind party")
    assert exc.value.code == 2


def test_pdf_in_a_real_process(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "donor.pdf"
    command = [sys.executable, "-m", "fieldkit", "--data-dir", str(cli.data_dir), "report", "--format", "pdf"]
    command += ["--out", str(path)]
    proc = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=ENV, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "People trained: 28" in text and "Items handed out: 65" in text
    assert "Şəxs" not in text and "+99455" not in text  # no names or phones in a donor report
