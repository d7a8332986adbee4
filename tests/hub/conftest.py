"""A real hub for the hub tests: ``python -m fieldkit hub serve`` as a subprocess (uvicorn on 127.0.0.1,
a free port), once on an SQLite file and once on a fresh database in the PostgreSQL at 127.0.0.1:5432.

Devices are real data directories set up by the real command line (``fieldkit init --enroll`` with an
enrolment file from ``fieldkit hub enroll``), run in-process through ``fieldkit.cli.main`` as in
tests/sync. PostgreSQL must be there: the tests fail loudly when it is not, unless
``FIELDKIT_NO_POSTGRES=1`` says to skip its half (``.ci/run`` starts it when it is down).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from ..devices import Device, Run, run_cli

PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
NO_POSTGRES = "FIELDKIT_NO_POSTGRES"
BACKENDS = ["sqlite", "postgresql"]


cli = run_cli  # ``fieldkit ARGS`` in-process, for the commands that name no data directory


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class HubServer:
    """``fieldkit hub serve`` in its own process, on a database set up with ``fieldkit hub init``."""

    def __init__(self, db_url: str, root: Path, env: dict[str, str] | None = None) -> None:
        self.db_url, self.root = db_url, root
        self.env = {**os.environ, **(env or {})}
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.log = root / f"hub-{self.port}.log"
        self.starts = 0
        result = cli("hub", "init", "--db", db_url)
        assert result.code == 0, result.err

    def start(self, timeout: float = 30.0) -> None:
        assert self.process is None, "the hub is running already"
        self.starts += 1
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "fieldkit", "hub", "serve", "--db", self.db_url, "--port", str(self.port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self.env,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                code = self.process.wait()
                self.process = None
                raise AssertionError(f"the hub exited with {code} at start:\n{self.log.read_text()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            time.sleep(0.05)
        self.stop()
        raise AssertionError(f"the hub did not answer /health within {timeout} s:\n{self.log.read_text()}")

    def kill(self) -> None:
        """Pull the plug: SIGKILL, no shutdown."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
            self.process = None

    def stop(self) -> None:
        """Stop the hub; a hub that had died on its own by then is an error, with its log."""
        if self.process is not None:
            died = self.process.poll()
            if died is not None:
                self.process = None
                raise AssertionError(f"the hub died during the tests (exit {died}):\n{self.log.read_text()[-4000:]}")
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None

    def enrolment(self, role: str = "officer") -> Path:
        out = self.root / f"hub-enrolment-{role}-{secrets.token_hex(4)}.json"
        result = cli("hub", "enroll", "--db", self.db_url, "--url", self.url, "--out", out, "--role", role)
        assert result.code == 0, result.err
        return out

    def device(self, name: str, role: str = "officer") -> Device:
        """A laptop (or a coordinator's desktop) set up with this hub's enrolment file."""
        device = Device(self.root / name, name)
        device.ok("init", "--name", name, "--role", role, "--enroll", self.enrolment(role))
        return device

    def loner(self, name: str) -> Device:
        """A laptop set up with no enrolment at all."""
        device = Device(self.root / name, name)
        device.ok("init", "--name", name, "--role", "officer")
        return device

    def admin(self, *args: str) -> Run:
        """``fieldkit hub ARGS --db URL``, as the hub's administrator runs it."""
        return cli("hub", *args, "--db", self.db_url)

    def hub_key(self) -> str:
        """The hub's public signing key, as laptops pin it from their enrolment file."""
        from fieldkit.hub.identity import load_identity

        engine = self.engine()
        try:
            return load_identity(engine).sign_key
        finally:
            engine.dispose()

    def hub_id(self) -> str:
        return str(httpx.get(f"{self.url}/health", timeout=5).json()["hub"])

    def engine(self) -> Engine:
        from fieldkit.hub.db import make_engine

        return make_engine(self.db_url)


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh database in the local PostgreSQL, dropped afterwards (with whatever still holds it)."""
    if os.environ.get(NO_POSTGRES) == "1":
        pytest.skip(f"PostgreSQL left out: {NO_POSTGRES}=1")
    import psycopg

    name = f"fk_test_{secrets.token_hex(6)}"
    try:
        admin = psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        raise AssertionError(
            f"PostgreSQL at 127.0.0.1:5432 is not reachable ({exc}). Start it (.ci/run does), or set "
            f"{NO_POSTGRES}=1 to skip the PostgreSQL half of the hub tests."
        ) from exc
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"{PG_SERVER}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def hub_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL for a new hub: an SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "hub.db")
    else:
        with postgres_database() as url:
            yield url


@pytest.fixture
def hub(hub_db: str, tmp_path: Path) -> Iterator[HubServer]:
    """A running hub on ``hub_db``, stopped (and never left running) after the test."""
    server = HubServer(hub_db, tmp_path)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def make_hub() -> type[HubServer]:
    """``HubServer`` itself, for hubs set up otherwise (test modules cannot import this conftest)."""
    return HubServer


@pytest.fixture(scope="session", params=BACKENDS)
def shared_hub(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubServer]:
    """One running hub per backend for the whole run, for tests that do not disturb each other (each
    makes its own devices; a hub process takes seconds to start on a busy machine)."""
    root = tmp_path_factory.mktemp(f"hub-{request.param}")
    with contextlib.ExitStack() as stack:
        url = str(root / "hub.db") if request.param == "sqlite" else stack.enter_context(postgres_database())
        server = HubServer(url, root)
        stack.callback(server.stop)
        server.start()
        yield server


@pytest.fixture
def make_device(tmp_path: Path) -> Any:
    """``make_device(name, role, enroll=FILE)``: a device set up by ``fieldkit init`` under tmp_path."""

    def make(name: str, role: str = "officer", enroll: Path | None = None) -> Device:
        device = Device(tmp_path / name, name)
        device.ok("init", "--name", name, "--role", role, *(["--enroll", str(enroll)] if enroll else []))
        return device

    return make
