"""``fieldkit people duplicates | merge | unmerge`` as a coordinator types them: the groups printed for
people and as ``--json``, a merge and its refusals (exit 1, the reason on stderr), an unmerge, and
usage errors (exit 2). Commands run in-process through ``fieldkit.cli.main``, written as a shell
would take them; one runs in a real process."""

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

from fieldkit.cli import main


class Fieldkit:
    """``fieldkit --data-dir DIR COMMAND`` in-process, with the streams captured."""

    def __init__(self, capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
        self.capsys = capsys
        self.data_dir = data_dir

    def __call__(self, command: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = main(["--data-dir", str(self.data_dir), *shlex.split(command)])
        except SystemExit as exit_:  # argparse: a usage error
            code = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, command: str) -> Any:
        code, out, err = self(f"{command} --json")
        assert code == 0, err
        return json.loads(out)

    def add(self, name: str, *flags: str) -> str:
        return str(
            self.json(f"participant add --name {shlex.quote(name)} --sex female --consent {' '.join(flags)}")["id"]
        )


def _device(capsys: pytest.CaptureFixture[str], root: Path, template: Path, role: str) -> Fieldkit:
    """A data directory set up by ``fieldkit init`` (the store copied from the migrated template)."""
    root.mkdir()
    shutil.copyfile(template, root / "fieldkit.db")
    fk = Fieldkit(capsys, root)
    code, _, err = fk(f"init --name {'Baku-HQ' if role == 'coordinator' else 'Qazax-2'} --role {role}")
    assert code == 0, err
    return fk


@pytest.fixture
def fk(capsys: pytest.CaptureFixture[str], tmp_path: Path, store_templates: dict[str, Path]) -> Fieldkit:
    """The coordinator's data directory."""
    return _device(capsys, tmp_path / "hq", store_templates["reference"], "coordinator")


@pytest.fixture
def gunay(fk: Fieldkit) -> dict[str, str]:
    return {
        "latin": fk.add("Günay Həsənova", "--agency BMqT --phone '+994 50 123 45 67'"),
        "cyrillic": fk.add("Гюнай Гасанова", "--agency BMqT --phone '050 123 45 67' --position 'Sosial işçi'"),
        "other": fk.add("Günay Məmmədova", "--agency BMqT"),
    }


def test_duplicates_prints_each_group_with_its_score_reasons_and_the_record_to_keep(fk: Fieldkit, gunay) -> None:
    code, out, err = fk("people duplicates")

    assert code == 0 and err == ""
    assert "Group 1: score 85 (name transliterated, same phone, same agency)" in out
    assert "Günay Həsənova" in out and "Гюнай Гасанова" in out and "Günay Məmmədova" not in out
    keep_line = next(line for line in out.splitlines() if line.startswith("keep"))
    assert gunay["cyrillic"] in keep_line  # the fuller record (it has a position)
    assert "1 group(s) of possible duplicates among 3 people." in out
    assert "fieldkit people merge KEEP_ID DUP_ID" in out


def test_duplicates_json_carries_the_groups_pairs_and_people(fk: Fieldkit, gunay) -> None:
    found = fk.json("people duplicates")

    [group] = found["groups"]
    assert group["keep_id"] == gunay["cyrillic"] and group["score"] == 85  # the fuller record is kept
    assert group["reasons"] == ["name transliterated", "same phone", "same agency"]
    assert [p["name"] for p in group["people"]] == ["Гюнай Гасанова", "Günay Həsənova"]
    assert [p["phone"] for p in group["people"]] == ["0501234567", "+994501234567"]  # as typed (consented)
    [pair] = group["pairs"]
    assert {pair["first_id"], pair["second_id"]} == {gunay["latin"], gunay["cyrillic"]}
    assert (pair["score"], pair["reasons"]) == (85, group["reasons"])
    assert (found["people_compared"], found["too_common"]) == (3, 0)


def test_min_score_hides_weaker_pairs_and_must_be_a_score(fk: Fieldkit, gunay) -> None:
    assert fk.json("people duplicates --min-score 90")["groups"] == []
    code, _out, err = fk("people duplicates --min-score 101")
    assert code == 1 and "--min-score must be between 0 and 100" in err
    code, _out, err = fk("people duplicates --min-score high")
    assert code == 2 and "invalid int value" in err


def test_merge_then_unmerge(fk: Fieldkit, gunay) -> None:
    merged = fk.json(f"people merge {gunay['latin']} {gunay['cyrillic']}")

    assert merged["merged"] == [gunay["cyrillic"]] and merged["kept"]["id"] == gunay["latin"]
    assert merged["filled"] == ["position"] and merged["kept"]["position"] == "Sosial işçi"
    assert [p["id"] for p in fk.json("participant list")] == [gunay["latin"], gunay["other"]]
    assert fk.json("people duplicates --min-score 0")["groups"] == []
    code, out, _err = fk(f"people unmerge {gunay['cyrillic']}")
    assert code == 0 and out == f"Unmerged Гюнай Гасанова ({gunay['cyrillic']}); they are listed on their own again.\n"
    assert len(fk.json("participant list")) == 3


def test_merge_prints_what_it_did(fk: Fieldkit, gunay) -> None:
    third = fk.add("Gunay Hasanova")
    fk.json(f"people merge {third} {gunay['cyrillic']}")

    code, out, _err = fk(f"people merge {gunay['latin']} {third}")

    assert code == 0
    assert out.splitlines() == [
        f"Merged 1 record(s) into Günay Həsənova ({gunay['latin']}).",
        "1 record(s) merged into them before now point to the kept record.",
        "Filled from the duplicates: position.",
    ]


def test_refused_merges_exit_1_with_the_reason(fk: Fieldkit, gunay) -> None:
    fk.json(f"people merge {gunay['latin']} {gunay['cyrillic']}")

    code, out, err = fk(f"people merge {gunay['cyrillic']} {gunay['other']}")
    assert (code, out) == (1, "") and f"is already merged into {gunay['latin']}" in err
    code, _out, err = fk(f"people merge {gunay['other']} {gunay['other']} --json")
    assert code == 1 and "into themself" in json.loads(err)["error"]
    code, _out, err = fk(f"people unmerge {gunay['other']}")
    assert code == 1 and "is not merged into anyone" in err
    code, _out, err = fk("people merge 01900000-0000-7000-8000-00000000dead " + gunay["other"])
    assert code == 1 and "No participant with id" in err


def test_an_officer_may_look_for_duplicates_but_not_merge(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store_templates: dict[str, Path]
) -> None:
    laptop = _device(capsys, tmp_path / "laptop", store_templates["reference"], "officer")
    a, b = laptop.add("Nigar Şükürova", "--agency BMqT"), laptop.add("Нигяр Шукюрова", "--agency BMqT")
    assert len(laptop.json("people duplicates")["groups"]) == 1

    code, _out, err = laptop(f"people merge {a} {b}")

    assert code == 1 and "Only a coordinator merges people" in err
    code, _out, err = laptop(f"people unmerge {b}")
    assert code == 1 and "Only a coordinator merges people" in err


def test_usage_errors_exit_2(fk: Fieldkit, gunay) -> None:
    code, _out, err = fk(f"people merge {gunay['latin']}")
    assert code == 2 and "DUP_ID" in err
    code, _out, err = fk("people")
    assert code == 2 and "ACTION" in err


def test_the_commands_work_in_a_real_process(fk: Fieldkit, gunay) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("FIELDKIT_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(fk.data_dir), "people", "duplicates", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert {p["id"] for p in json.loads(done.stdout)["groups"][0]["people"]} == {gunay["latin"], gunay["cyrillic"]}
