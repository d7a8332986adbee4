"""The packaging inputs, checked without building: what pyinstaller.spec puts in the bundle, the icons,
the Linux menu entry, ``fieldkit --version`` and the smoke hook scripts/build.py relies on.

The build itself and its smoke test run in CI through scripts/build.py (about a minute).
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops

from fieldkit import __version__

ROOT = Path(__file__).resolve().parents[1]


def spec_analysis(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run pyinstaller.spec with PyInstaller's build steps stubbed out; returns Analysis's arguments."""
    import PyInstaller.utils.hooks

    monkeypatch.setattr(PyInstaller.utils.hooks, "collect_submodules", lambda *a, **k: [])
    seen: dict[str, Any] = {}

    class Analysis:
        def __init__(self, scripts: list[str], **kwargs: Any) -> None:
            seen.update(kwargs, scripts=scripts)
            self.datas: list[tuple[str, str, str]] = []
            self.binaries: list[tuple[str, str, str]] = []
            self.pure: list[Any] = []
            self.scripts: list[Any] = []

    def stub(*args: Any, **kwargs: Any) -> None:
        return None

    namespace = {"SPECPATH": str(ROOT), "Analysis": Analysis, "PYZ": stub, "EXE": stub, "COLLECT": stub}
    exec(compile((ROOT / "pyinstaller.spec").read_text(encoding="utf-8"), "pyinstaller.spec", "exec"), namespace)
    return seen


def test_the_bundle_holds_every_resource_translation_and_migration_where_the_code_looks(monkeypatch):
    from fieldkit.config import resource_path
    from fieldkit.i18n import translations_dir
    from fieldkit.store.migrate import MIGRATIONS_DIR

    datas = spec_analysis(monkeypatch)["datas"]
    bundled = {Path(source).resolve(): Path(target) for source, target in datas}
    # Inside the bundle sys._MEIPASS stands where the checkout's root is, so each file must keep its
    # path relative to the root: then resource_path(), translations_dir() and MIGRATIONS_DIR all resolve.
    for source, target in bundled.items():
        assert source.parent.relative_to(ROOT) == target, f"{source} would land in {target}"

    needed = [
        *resource_path("fonts").glob("*.ttf"),
        resource_path("fonts", "OFL.txt"),
        *resource_path("reference").glob("*.tsv"),
        *resource_path("texts").glob("*.json"),
        resource_path("icons", "fieldkit.png"),
        *translations_dir().glob("fieldkit_*.qm"),
        MIGRATIONS_DIR / "env.py",
        *(MIGRATIONS_DIR / "versions").glob("*.py"),
    ]
    assert len(list(translations_dir().glob("fieldkit_*.qm"))) >= 2
    missing = [str(path.relative_to(ROOT)) for path in needed if path.resolve() not in bundled]
    assert not missing, f"not in the bundle's datas: {missing}"
    assert not any("__pycache__" in path.parts for path in bundled)


def test_the_spec_leaves_out_test_tools_and_unused_qt(monkeypatch):
    excludes = set(spec_analysis(monkeypatch)["excludes"])
    assert {"pypdfium2", "pytest", "PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick"} <= excludes
    used = {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtCharts"}
    imported = set()
    for path in (ROOT / "fieldkit").rglob("*.py"):
        imported |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported <= used, f"the app imports Qt modules the spec may exclude: {imported - used}"
    assert not {f"PySide6.{name}" for name in used} & excludes


def test_the_icons_exist_and_the_png_is_rendered_from_the_svg():
    icons = ROOT / "resources" / "icons"
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_icons
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    from svglib.svglib import svg2rlg

    with Image.open(icons / "fieldkit.png") as image:
        png = image.convert("RGBA")
    assert png.size == (256, 256)
    rendered = make_icons.render(svg2rlg(str(icons / "fieldkit.svg")), 256)
    worst = max(high for _low, high in ImageChops.difference(png, rendered).getextrema())
    assert worst <= 2, "fieldkit.png is out of date: run `uv run python scripts/make_icons.py`"
    with Image.open(icons / "fieldkit.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_the_desktop_entry_parses_and_names_the_command_and_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "fieldkit.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "fieldkit" and desktop["Icon"] == "fieldkit"
    assert "Office" in desktop["Categories"].split(";")
    for key in ("Name", "Comment"):
        for language in ("", "[az]", "[ru]"):
            assert desktop[f"{key}{language}"].strip(), f"{key}{language} is empty"
    assert any(letter in desktop["Comment[az]"] for letter in "əğıöşçü")
    assert any("а" <= letter <= "я" for letter in desktop["Comment[ru]"])


def test_version_prints_and_exits_without_qt():
    proc = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--version"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"fieldkit {__version__}"
    check = (
        "import sys; from fieldkit.cli import main; assert main(['--version']) == 0; "
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))]; "
        "assert not loaded, loaded"
    )
    proc = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_the_smoke_hook_starts_the_app_on_a_fresh_store_and_quits(tmp_path):
    from fieldkit.store.version import SCHEMA_HEAD

    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDKIT_")}
    env.update(QT_QPA_PLATFORM="offscreen", FIELDKIT_SMOKE_QUIT_MS="0", FIELDKIT_DATA_DIR=str(tmp_path / "unused"))
    data = tmp_path / "data"
    proc = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        encoding="utf-8",
    )
    assert proc.returncode == 0, proc.stderr
    assert "smoke: icon=True" in proc.stdout
    import sqlite3

    con = sqlite3.connect(data / "fieldkit.db")
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    finally:
        con.close()
