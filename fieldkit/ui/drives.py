"""Which mounted volumes look like a USB stick a bundle can be written to.

Qt cannot say whether a volume is removable, so this goes by where it is mounted: under ``/media``,
``/run/media`` or ``/mnt`` on Linux (where desktops and people mount sticks), under ``/Volumes`` on a
Mac, and any drive letter other than the system drive on Windows. The volume must also be ready and
writable. ``removable_drives`` is a pure function over QStorageInfo-like values, so it is tested
without real sticks; ``detect_drives`` feeds it ``QStorageInfo.mountedVolumes()``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

LINUX_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/")
MAC_MOUNT_ROOT = "/Volumes/"
# Filesystems that are never a stick: kernel, memory and container mounts.
PSEUDO_FILESYSTEMS = frozenset(
    {"tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "cgroup", "cgroup2", "autofs", "ramfs", "nsfs"}
)


class Volume(Protocol):
    """The part of QStorageInfo used here."""

    def rootPath(self) -> str: ...
    def displayName(self) -> str: ...
    def isValid(self) -> bool: ...
    def isReady(self) -> bool: ...
    def isReadOnly(self) -> bool: ...
    def bytesAvailable(self) -> int: ...
    def fileSystemType(self) -> object: ...  # QByteArray or bytes


@dataclass(frozen=True)
class Drive:
    path: str  # where to write, e.g. /media/aysel/KINGSTON or E:/
    name: str  # what the user calls it, e.g. KINGSTON
    free_bytes: int


def _text(value: object) -> str:
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode(errors="replace")
    data = getattr(value, "data", None)  # QByteArray
    if callable(data):
        raw = data()
        return raw.decode(errors="replace") if isinstance(raw, bytes) else str(raw)
    return str(value)


def _writable(path: str) -> bool:
    return os.access(path, os.W_OK)


def _is_removable_place(root: str, platform: str, system_drive: str) -> bool:
    if platform.startswith("win"):
        letter = root.replace("\\", "/").rstrip("/").upper()
        return len(letter) == 2 and letter[1] == ":" and letter != system_drive.upper().rstrip("\\/")
    if platform == "darwin":
        return root.startswith(MAC_MOUNT_ROOT) and root.rstrip("/") != MAC_MOUNT_ROOT.rstrip("/")
    return any(root.startswith(base) and len(root.rstrip("/")) > len(base.rstrip("/")) for base in LINUX_MOUNT_ROOTS)


def removable_drives(
    volumes: Iterable[Volume],
    *,
    platform: str = sys.platform,
    system_drive: str | None = None,
    writable: Callable[[str], bool] = _writable,
) -> list[Drive]:
    """The volumes a bundle can go to: mounted where sticks are, ready, writable; sorted by path."""
    system = system_drive or os.environ.get("SYSTEMDRIVE", "C:")
    drives = []
    for volume in volumes:
        root = volume.rootPath()
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        if _text(volume.fileSystemType()).lower() in PSEUDO_FILESYSTEMS:
            continue
        if not _is_removable_place(root, platform, system) or not writable(root):
            continue
        name = volume.displayName() or root.rstrip("/\\").rsplit("/", 1)[-1] or root
        drives.append(Drive(root, name, max(int(volume.bytesAvailable()), 0)))
    return sorted(drives, key=lambda d: d.path)


def detect_drives() -> list[Drive]:
    from PySide6.QtCore import QStorageInfo

    return removable_drives(QStorageInfo.mountedVolumes())
