"""What every command shares: the data directory, the open store, and how results are printed."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from fieldkit.config import Paths, resolve_data_dir
from fieldkit.store.engine import Store


class CommandError(Exception):
    """Refused input found by the command line itself (exit 1)."""


@dataclass
class Output:
    """What a command prints: ``text`` for people, ``data`` for ``--json``; ``warnings`` go to stderr."""

    text: str = ""
    data: Any = None
    warnings: list[str] = field(default_factory=list)


class CommandContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self.paths = Paths(resolve_data_dir(getattr(args, "data_dir", None)))
        self._store: Store | None = None
        self.exit_code = 0  # a command that reports partial failure (e.g. a rejected bundle) sets 1

    def store(self, *, create: bool = False) -> Store:
        if self._store is None:
            from fieldkit.store.open import open_store

            self._store = open_store(self.paths, create=create)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def plain(value: Any) -> Any:
    """Records and dates as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, PurePath):
        return str(value)
    return value


def emit(ctx: CommandContext, output: Output) -> None:
    for warning in output.warnings:
        print(f"fieldkit: warning: {warning}", file=sys.stderr)
    if ctx.json:
        payload = plain(output.data)
        if output.warnings and isinstance(payload, dict):
            payload = {**payload, "warnings": output.warnings}
        print(json.dumps(payload, ensure_ascii=False, indent=1))
    elif output.text:
        print(output.text)


def emit_error(ctx: CommandContext, message: str) -> None:
    if ctx.json:
        print(json.dumps({"error": message}, ensure_ascii=False), file=sys.stderr)
    else:
        print(f"fieldkit: error: {message}", file=sys.stderr)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A plain text table for terminals."""
    if not rows:
        return "(none)"
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)
