"""Locating bundled resources (fonts, default texts) from a checkout and from a frozen build.

PyInstaller unpacks ``datas`` under ``sys._MEIPASS``; the spec copies ``resources/`` there, so one
helper serves both cases and no module hard-codes a path relative to itself.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A path under ``resources/``: inside the PyInstaller bundle when frozen, else in the repo."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) / "resources" if base else Path(__file__).resolve().parents[2] / "resources"
    return root.joinpath(*parts)
