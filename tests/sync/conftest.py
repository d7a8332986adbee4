"""Devices on disk for the sync tests: a coordinator and the laptops enrolled with it.

Every device is a real data directory set up by the real command line (``fieldkit init``, ``fieldkit
enroll``, ``fieldkit init --enroll``), run in-process through ``fieldkit.cli.main``: the same code as
the ``fieldkit`` process, without its start-up cost.

The usual pair (coordinator Baku-HQ and laptop Qazax-2, enrolled with it) is set up once per session
and its files are put back in the same place before each test. A device identity is bound to its data
directory, so a copy elsewhere would refuse writes; put back where it was made, it is the same device
in the same state as right after setting it up.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ..devices import Device


class Lab:
    """Makes devices under one temporary folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def coordinator(self, name: str = "Baku-HQ") -> Device:
        device = Device(self.root / name, name)
        device.ok("init", "--name", name, "--role", "coordinator")
        return device

    def enrolment(self, coordinator: Device) -> Path:
        out = self.root / f"enrol-{coordinator.name}-{len(list(self.root.glob('enrol-*')))}.json"
        coordinator.ok("enroll", "--out", out)
        return out

    def officer(self, name: str, enrolled_with: Device | None = None) -> Device:
        """A laptop; enrolled with the coordinator's enrolment file when one is given."""
        device = Device(self.root / name, name)
        enrol = ["--enroll", str(self.enrolment(enrolled_with))] if enrolled_with else []
        device.ok("init", "--name", name, "--role", "officer", *enrol)
        return device


@pytest.fixture(scope="session")
def make_lab() -> type[Lab]:
    """``Lab`` itself, for module-scoped fixtures (test modules cannot import this conftest)."""
    return Lab


@pytest.fixture(scope="session")
def _set_up_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Where the pair lives, and a copy of its files as ``fieldkit init`` and ``enroll`` left them."""
    home = tmp_path_factory.mktemp("pair")
    lab = Lab(home / "lab")
    lab.officer("Qazax-2", enrolled_with=lab.coordinator("Baku-HQ"))
    shutil.copytree(lab.root, home / "as-set-up")
    return lab.root, home / "as-set-up"


@pytest.fixture
def lab(_set_up_pair: tuple[Path, Path]) -> Lab:
    """A folder holding coordinator Baku-HQ and laptop Qazax-2 (enrolled), freshly set up; more devices
    can be added."""
    root, as_set_up = _set_up_pair
    shutil.rmtree(root)
    shutil.copytree(as_set_up, root)
    return Lab(root)


@pytest.fixture
def coordinator(lab: Lab) -> Device:
    return Device(lab.root / "Baku-HQ", "Baku-HQ")


@pytest.fixture
def officer(lab: Lab, coordinator: Device) -> Device:
    """A laptop enrolled with ``coordinator``: it encrypts to the coordinator, which trusts it."""
    return Device(lab.root / "Qazax-2", "Qazax-2")


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """The USB stick: a folder bundles are written to and imported from."""
    path = tmp_path / "usb"
    path.mkdir()
    return path
