"""A Field Kit data directory driven through its real command line, run in-process through
``fieldkit.cli.main`` (the same code as the ``fieldkit`` process, without its start-up cost). Shared by
the sync tests (tests/sync) and the hub tests (tests/hub), through their conftests."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.cli import main
from fieldkit.config import Paths
from fieldkit.store.engine import Store
from fieldkit.store.open import open_store


def run_cli(*args: str | Path) -> Run:
    """``fieldkit ARGS`` in-process: exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*map(str, args)])
    return Run(code, out.getvalue(), err.getvalue())


@dataclass(frozen=True)
class Run:
    """What a person at the terminal sees: the exit code, stdout and stderr."""

    code: int
    out: str
    err: str

    @property
    def data(self) -> Any:
        """The ``--json`` result."""
        return json.loads(self.out)


@dataclass(frozen=True)
class Device:
    """One Field Kit data directory, driven through its command line."""

    data_dir: Path
    name: str

    @property
    def paths(self) -> Paths:
        return Paths(self.data_dir)

    def run(self, *args: str | Path) -> Run:
        return run_cli("--data-dir", self.data_dir, *args)

    def ok(self, *args: str | Path) -> str:
        """Run a command that must succeed; its stdout, stripped."""
        result = self.run(*args)
        assert result.code == 0, f"fieldkit {' '.join(map(str, args))} failed ({result.code}): {result.err}"
        return result.out.strip()

    @property
    def device_id(self) -> str:
        return str(json.loads(self.ok("identity", "show", "--json"))["device_id"])

    @property
    def public_key(self) -> str:
        return str(json.loads(self.ok("identity", "show", "--json"))["public_key"])

    def canonical(self) -> bytes:
        """The canonical export as ``fieldkit export --format json`` writes it."""
        out = self.data_dir.parent / f"{self.data_dir.name}-canonical.json"
        self.ok("export", "--format", "json", "--out", out)
        data = out.read_bytes()
        out.unlink()
        return data

    def add_event(self, title: str, date: str = "2026-12-01") -> str:
        return self.ok("event", "add", "--title", title, "--kind", "workshop", "--date", date)

    def add_participant(self, name: str) -> str:
        return self.ok("participant", "add", "--name", name, "--sex", "female", "--consent")

    def sync_export(self, out: Path, *flags: str) -> Path:
        """``fieldkit sync export --out OUT``; the bundle file it reports."""
        out.mkdir(parents=True, exist_ok=True)
        path = Path(self.ok("sync", "export", "--out", out, *flags))
        assert path.is_file() and path.parent == out, path
        return path

    def sync_import(self, *args: str | Path) -> Run:
        """``fieldkit sync import ... --json``."""
        return self.run("sync", "import", *args, "--json")

    def sync_now(self, *flags: str) -> Run:
        """``fieldkit sync now --json``: one round with the hub."""
        return self.run("sync", "now", "--json", *flags)

    @contextlib.contextmanager
    def store(self) -> Iterator[Store]:
        store = open_store(self.paths)
        try:
            yield store
        finally:
            store.close()
