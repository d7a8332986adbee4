"""The command line of issue 8 §2 on encrypted stores, as acceptance checks use it:

    fieldkit init --name NAME --role R --passphrase-file FILE   # creates an encrypted store
    fieldkit store encrypt --passphrase-file FILE               # converts a plain store in place, safely
    fieldkit store rekey --passphrase-file OLD --new-passphrase-file NEW

Every other command takes the passphrase from ``--passphrase-file FILE`` or ``FIELDKIT_PASSPHRASE``; a
wrong or missing one exits 1 with a message naming both, and changes nothing. Most checks run
``fieldkit.cli.main`` in-process; the exit codes are also checked in real processes."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fieldkit.cli import main
from fieldkit.cli.commands_store import PASSPHRASE_ENV
from fieldkit.store import cipher, keys

PASSPHRASE = "gəncə bakı şəki lənkəran"
NAME = "Səbinə Hüseynzadə"
FAST_COST = 2**12


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "PASSPHRASE_COST", FAST_COST)
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def data(self) -> Any:
        return json.loads(self.out)


@dataclass(frozen=True)
class Device:
    data_dir: Path

    def run(self, *args: str | Path, env: str | None = None) -> Run:
        """``fieldkit --data-dir DIR ARGS``; ``env``: the FIELDKIT_PASSPHRASE value for this run."""
        out, err = io.StringIO(), io.StringIO()
        saved = os.environ.pop(PASSPHRASE_ENV, None)
        if env is not None:
            os.environ[PASSPHRASE_ENV] = env
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["--data-dir", str(self.data_dir), *map(str, args)])
        finally:
            os.environ.pop(PASSPHRASE_ENV, None)
            if saved is not None:
                os.environ[PASSPHRASE_ENV] = saved
        return Run(code, out.getvalue(), err.getvalue())

    def ok(self, *args: str | Path, env: str | None = None) -> str:
        result = self.run(*args, env=env)
        assert result.code == 0, f"fieldkit {' '.join(map(str, args))} failed ({result.code}): {result.err}"
        return result.out.strip()

    def canonical(self, *unlock: str | Path, env: str | None = None) -> bytes:
        out = self.data_dir.parent / f"{self.data_dir.name}-canonical.json"
        self.ok("export", "--format", "json", "--out", out, *unlock, env=env)
        data = out.read_bytes()
        out.unlink()
        return data

    @property
    def store(self) -> Path:
        return self.data_dir / "fieldkit.db"

    def files(self) -> dict[str, str]:
        return {
            str(p.relative_to(self.data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(self.data_dir.rglob("*"))
            if p.is_file()
        }

    def leaks(self) -> list[str]:
        marker = NAME.encode("utf-8")
        return [str(p) for p in self.data_dir.rglob("*") if p.is_file() and marker in p.read_bytes()]


def _secret(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")  # as `echo` writes it: the newline is not part of it
    return path


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    return _secret(tmp_path, "pass.txt", PASSPHRASE)


@pytest.fixture
def encrypted(tmp_path: Path, passfile: Path) -> Device:
    device = Device(tmp_path / "laptop")
    device.ok("init", "--name", "Qazax-2", "--role", "officer", "--passphrase-file", passfile)
    return device


def test_init_with_a_passphrase_file_creates_an_encrypted_store_and_shows_a_recovery_key(
    tmp_path: Path, passfile: Path
) -> None:
    device = Device(tmp_path / "laptop")
    result = device.run("init", "--name", "Qazax-2", "--role", "officer", "--passphrase-file", passfile, "--json")

    assert result.code == 0, result.err
    data = result.data
    assert data["encrypted"] is True
    groups = data["recovery_key"].split("-")
    assert len(groups) == 6 and all(len(g) == 5 for g in groups)
    assert cipher.is_encrypted(device.store) and (device.data_dir / "store.keys").is_file()
    # the recovery key is shown once: status never prints it
    status = device.run("status", "--passphrase-file", passfile, "--json")
    assert status.code == 0 and status.data["encrypted"] is True
    assert data["recovery_key"] not in status.out + status.err


def test_every_command_takes_the_passphrase_from_a_file_or_the_environment(
    encrypted: Device, passfile: Path, tmp_path: Path
) -> None:
    event = encrypted.ok(
        "event", "add", "--title", "Təlim", "--kind", "workshop", "--date", "2026-12-01", env=PASSPHRASE
    )
    person = encrypted.ok(
        "participant", "add", "--name", NAME, "--sex", "female", "--consent", "--passphrase-file", passfile
    )
    encrypted.ok("attend", event, person, env=PASSPHRASE)
    encrypted.ok("--passphrase-file", passfile, "location", "list", "--kind", "economic-region")  # before the command

    with_file = encrypted.canonical("--passphrase-file", passfile)
    assert with_file == encrypted.canonical(env=PASSPHRASE)
    assert NAME in with_file.decode("utf-8")
    status = json.loads(encrypted.ok("status", "--json", env=PASSPHRASE))
    assert status["counts"]["participants"] == 1 and status["counts"]["attendance"] == 1
    assert encrypted.leaks() == []
    # the file wins over the environment
    assert encrypted.run("status", "--passphrase-file", passfile, env="not it").code == 0


@pytest.mark.parametrize("how", ["missing", "wrong file", "wrong environment", "unreadable file"])
def test_a_missing_or_wrong_passphrase_exits_1_naming_both_ways_and_changes_nothing(
    encrypted: Device, passfile: Path, tmp_path: Path, how: str
) -> None:
    encrypted.ok("participant", "add", "--name", NAME, "--sex", "female", "--consent", env=PASSPHRASE)
    before = encrypted.files()
    args: list[str | Path] = ["participant", "add", "--name", "Someone Else", "--sex", "male"]
    env = None
    if how == "wrong file":
        args += ["--passphrase-file", _secret(tmp_path, "wrong.txt", "gəncə bakı şəki")]
    elif how == "wrong environment":
        env = "gəncə bakı şəki"
    elif how == "unreadable file":
        args += ["--passphrase-file", tmp_path / "no-such-file.txt"]

    result = encrypted.run(*args, env=env)

    assert result.code == 1 and result.out == ""
    if how == "unreadable file":
        assert "cannot be read" in result.err
    else:
        assert "--passphrase-file FILE" in result.err and PASSPHRASE_ENV in result.err
        assert ("does not unlock" if how.startswith("wrong") else "is encrypted") in result.err
    assert encrypted.files() == before


def test_real_processes_exit_1_on_a_wrong_passphrase_and_0_with_the_right_one(
    encrypted: Device, passfile: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in (PASSPHRASE_ENV, "FIELDKIT_DATA_DIR")}

    def fieldkit(*args: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
        run_env = {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
        if passphrase is not None:
            run_env[PASSPHRASE_ENV] = passphrase
        command = [sys.executable, "-m", "fieldkit", "--data-dir", str(encrypted.data_dir), *args]
        return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=run_env, check=False)

    before = encrypted.files()
    wrong = fieldkit("status", passphrase="wrong")
    assert wrong.returncode == 1 and "does not unlock" in wrong.stderr and "--passphrase-file" in wrong.stderr
    missing = fieldkit("status")
    assert missing.returncode == 1 and PASSPHRASE_ENV in missing.stderr
    assert encrypted.files() == before
    assert fieldkit("status", passphrase=PASSPHRASE).returncode == 0
    assert fieldkit("status", "--passphrase-file", str(passfile)).returncode == 0


def test_store_encrypt_converts_a_plain_store_in_place_keeping_every_record(tmp_path: Path, passfile: Path) -> None:
    device = Device(tmp_path / "laptop")
    device.ok("init", "--name", "Qazax-2", "--role", "officer")
    event = device.ok("event", "add", "--title", "Dəyirmi masa", "--kind", "round-table", "--date", "2026-11-02")
    person = device.ok("participant", "add", "--name", NAME, "--sex", "female", "--consent")
    device.ok("attend", event, person)
    before = device.canonical()
    assert device.leaks()  # plain: the name is on disk

    result = device.run("store", "encrypt", "--passphrase-file", passfile, "--json")

    assert result.code == 0, result.err
    assert result.data["encrypted"] is True and len(result.data["recovery_key"]) == 35
    assert cipher.is_encrypted(device.store)
    assert device.canonical("--passphrase-file", passfile) == before
    assert device.canonical(env=result.data["recovery_key"]) == before  # the recovery key opens it too
    assert device.leaks() == []
    logged = json.loads(device.ok("audit", "list", "--action", "passphrase_change", "--json", env=PASSPHRASE))
    assert [entry["details"] for entry in _entries(logged)] == [{"what": "encrypted"}]
    again = device.run("store", "encrypt", "--passphrase-file", passfile)
    assert again.code == 1 and "already encrypted" in again.err


def test_store_encrypt_without_a_passphrase_exits_1(tmp_path: Path) -> None:
    device = Device(tmp_path / "laptop")
    device.ok("init", "--name", "Qazax-2", "--role", "officer")
    result = device.run("store", "encrypt")
    assert result.code == 1 and "--passphrase-file" in result.err and PASSPHRASE_ENV in result.err
    assert not cipher.is_encrypted(device.store)


def test_init_will_not_encrypt_an_existing_plain_store_but_points_to_store_encrypt(
    tmp_path: Path, passfile: Path
) -> None:
    device = Device(tmp_path / "laptop")
    device.ok("init", "--name", "Qazax-2", "--role", "officer")
    before = device.files()
    result = device.run("init", "--name", "Qazax-2", "--role", "officer", "--passphrase-file", passfile)
    assert result.code == 1 and "store encrypt" in result.err
    assert device.files() == before


def test_store_rekey_changes_the_passphrase_and_the_old_one_stops_working(
    encrypted: Device, passfile: Path, tmp_path: Path
) -> None:
    encrypted.ok("participant", "add", "--name", NAME, "--sex", "female", "--consent", env=PASSPHRASE)
    before = encrypted.canonical(env=PASSPHRASE)
    new = _secret(tmp_path, "new.txt", "a new passphrase for the new year")

    encrypted.ok("store", "rekey", "--passphrase-file", passfile, "--new-passphrase-file", new)

    old = encrypted.run("status", "--passphrase-file", passfile)
    assert old.code == 1 and "does not unlock" in old.err
    assert encrypted.canonical("--passphrase-file", new) == before
    logged = json.loads(
        encrypted.ok("audit", "list", "--action", "passphrase_change", "--json", "--passphrase-file", new)
    )
    assert [entry["details"] for entry in _entries(logged)] == [{"what": "passphrase"}]


def _entries(listed: Any) -> list[dict[str, Any]]:
    return list(listed["entries"] if isinstance(listed, dict) else listed)


def test_a_lost_passphrase_is_replaced_with_the_recovery_key(tmp_path: Path, passfile: Path) -> None:
    device = Device(tmp_path / "laptop")
    made = device.run("init", "--name", "Qazax-2", "--role", "officer", "--passphrase-file", passfile, "--json")
    recovery = _secret(tmp_path, "recovery.txt", made.data["recovery_key"])
    new = _secret(tmp_path, "new.txt", "remembered this time")

    device.ok("store", "rekey", "--passphrase-file", recovery, "--new-passphrase-file", new)
    assert device.run("status", "--passphrase-file", new).code == 0
    assert device.run("status", "--passphrase-file", passfile).code == 1

    fresh = json.loads(device.ok("store", "recovery-key", "--passphrase-file", new, "--json"))["recovery_key"]
    assert fresh != made.data["recovery_key"]
    assert device.run("status", env=fresh).code == 0
    assert device.run("status", "--passphrase-file", recovery).code == 1  # the old recovery key is retired


def test_sync_between_an_encrypted_officer_and_an_encrypted_coordinator(tmp_path: Path, passfile: Path) -> None:
    coordinator = Device(tmp_path / "Baku-HQ")
    coordinator.ok("init", "--name", "Baku-HQ", "--role", "coordinator", "--passphrase-file", passfile)
    enrolment = tmp_path / "enrol.json"
    coordinator.ok("enroll", "--out", enrolment, env=PASSPHRASE)
    officer = Device(tmp_path / "Qazax-2")
    officer_pass = _secret(tmp_path, "officer.txt", "the officer's own passphrase")
    officer.ok(
        "init", "--name", "Qazax-2", "--role", "officer", "--enroll", enrolment, "--passphrase-file", officer_pass
    )
    event = officer.ok(
        "event",
        "add",
        "--title",
        "Seminar",
        "--kind",
        "workshop",
        "--date",
        "2026-12-03",
        env="the officer's own passphrase",
    )
    person = officer.ok(
        "participant", "add", "--name", NAME, "--sex", "female", "--consent", "--passphrase-file", officer_pass
    )
    officer.ok("attend", event, person, "--passphrase-file", officer_pass)

    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = Path(officer.ok("sync", "export", "--out", usb, "--passphrase-file", officer_pass))
    imported = coordinator.run("sync", "import", usb, "--json", env=PASSPHRASE)

    assert imported.code == 0, imported.err
    assert NAME.encode("utf-8") not in bundle.read_bytes()
    canonical = coordinator.canonical(env=PASSPHRASE).decode("utf-8")
    assert NAME in canonical and "Seminar" in canonical
    assert coordinator.leaks() == [] and officer.leaks() == []
