"""Where Field Kit keeps its files, and the typed settings registry.

The data directory comes from platformdirs, overridden by ``--data-dir`` or ``FIELDKIT_DATA_DIR``.
Settings live in ``settings.json`` beside the store. Each setting has a type and a default here, so a
missing or old file always yields a complete, valid ``Settings``; versioned upgrade functions move old
files forward.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

APP_NAME = "fieldkit"
ENV_DATA_DIR = "FIELDKIT_DATA_DIR"
STORE_FILENAME = "fieldkit.db"
SETTINGS_FILENAME = "settings.json"
BACKUP_DIRNAME = "backups"
SETTINGS_VERSION = 1


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, both from a checkout and inside a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parents[1]
    return root.joinpath("resources", *parts)


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: the command-line flag wins, then the environment, then platformdirs."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def store(self) -> Path:
        return self.data_dir / STORE_FILENAME

    @property
    def settings(self) -> Path:
        return self.data_dir / SETTINGS_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / BACKUP_DIRNAME

    @property
    def device_key(self) -> Path:
        return self.data_dir / "device.key"

    @property
    def device_state(self) -> Path:
        return self.data_dir / "device.json"


@dataclass
class Settings:
    """Every user setting with its type and default. Unknown keys in the file are ignored."""

    language: str = "az"
    home_location_id: str | None = None
    default_helpline_id: str | None = None
    low_stock_threshold: int = 50
    tally_step: int = 1
    hub_url: str | None = None
    sync_folder: str | None = None
    funder: str = ""
    backups_to_keep: int = 10
    # A laptop clears its own copy of the people its coordinator has acknowledged, after each sync
    # import (fieldkit.services.privacy.purge_acknowledged); the coordinator keeps them.
    purge_after_ack: bool = False
    # An encrypted store's window locks after this many minutes without input (fieldkit.ui.autolock);
    # 0 never locks.
    lock_after_minutes: int = 10
    extra: dict[str, Any] = field(default_factory=dict)


def _upgrade_0_to_1(raw: dict[str, Any]) -> dict[str, Any]:
    """Files written before versioning had no version key; nothing else changed."""
    return raw


SETTINGS_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _upgrade_0_to_1}


def load_settings(path: Path) -> Settings:
    """Read settings, upgrading old files; a missing or unreadable file gives the defaults."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    version = int(raw.pop("version", 0))
    while version < SETTINGS_VERSION:
        raw = SETTINGS_UPGRADES[version](raw)
        version += 1
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    defaults = Settings()
    for name, value in raw.items():
        if name not in known:
            continue
        default = getattr(defaults, name)
        if default is not None and value is not None and not isinstance(value, type(default)):
            continue
        values[name] = value
    return Settings(**values)


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"version": SETTINGS_VERSION, **asdict(settings)}
    write_atomic(path, json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"))


def write_atomic(path: Path, data: bytes, mode: int | None = None, *, durable: bool = True) -> None:
    """Write to a temporary file in the same directory, fsync it, then rename over the target.

    ``durable=False`` skips the fsyncs: the file is still never half-written, but a power cut may
    bring back its previous version. For bookkeeping written after every commit.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if durable:
        _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
