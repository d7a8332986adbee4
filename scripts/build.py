"""Build the one-folder app with PyInstaller, then smoke-test the built binary.

    uv run python scripts/build.py            # build into dist/fieldkit/, then test it
    uv run python scripts/build.py --no-build # test the dist/fieldkit/ already there
    uv run python scripts/build.py --clean    # drop PyInstaller's cache first

The smoke tests run the frozen binary, never the checkout, each on a fresh data directory under a
temporary folder, offscreen:

- ``fieldkit --version`` (and through a symlink, as packaging/install-linux.sh installs it);
- the app on an empty data directory: it must create the store and migrate it to the head schema
  (Alembic reads its scripts from the bundle), show the window and quit by itself with exit code 0
  (``FIELDKIT_SMOKE_QUIT_MS``, see fieldkit/app.py);
- the command line: ``init`` (reference data from the bundle) and a leaflet rendered to PDF (fonts,
  default texts, reportlab, segno and an SVG logo through svglib), its QR code decoded;
- the app on that set-up store, switched to Russian: every screen is built and shows what the
  checkout shows (Field Kit's translations and Qt's own found in the bundle);
- ``--demo``: the demo store is built on a worker thread, shown in Azerbaijani, and deleted on quit.

Then it prints the bundle size and its biggest parts. Builds are made on the target OS.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

# The screens the main window builds (main_window imports Qt's modules but makes no window).
from fieldkit.ui.main_window import PAGE_KEYS

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "pyinstaller.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "fieldkit"
WINDOWS = sys.platform == "win32"
# On Windows fieldkit.exe is windowed (no stdout); fieldkit-cli.exe is the same program with a console.
BINARY = BUNDLE / ("fieldkit-cli.exe" if WINDOWS else "fieldkit")
SMOKE_QUIT_MS = "1500"
TIMEOUT = 180  # seconds for one run of the binary; a hung window fails the test instead of CI
HELPLINE = "+994 12 000 00 00"
MB = 1024 * 1024  # as du -m counts


class SmokeFailure(Exception):
    pass


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def build(clean: bool) -> float:
    step("PyInstaller: pyinstaller.spec -> dist/fieldkit/")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        command.append("--clean")
    started = time.perf_counter()
    subprocess.run([*command, str(SPEC)], cwd=ROOT, check=True)
    seconds = time.perf_counter() - started
    print(f"built in {seconds:.0f} s")
    return seconds


def smoke_env(home: Path) -> dict[str, str]:
    """The environment of a smoke run: offscreen, and nothing written outside ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDKIT_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONUTF8="1",  # for the checkout's run on Windows; the frozen app is built in UTF-8 mode
        FIELDKIT_DATA_DIR=str(home / "default-data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
    )
    return env


def run(args: Sequence[str | Path], env: dict[str, str], *, app: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the frozen binary (or ``args[0]`` if it is a path); fail on a non-zero exit code."""
    command = [str(a) for a in args]
    if not isinstance(args[0], Path):
        command.insert(0, str(BINARY))
    if app:
        env = {**env, "FIELDKIT_SMOKE_QUIT_MS": SMOKE_QUIT_MS}
    shown = " ".join(Path(command[0]).name if i == 0 else c for i, c in enumerate(command))
    started = time.perf_counter()
    try:
        proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT, encoding="utf-8")
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{shown}: still running after {TIMEOUT} s") from exc
    print(f"$ {shown}   -> exit {proc.returncode} in {time.perf_counter() - started:.1f} s")
    for line in (proc.stdout + proc.stderr).splitlines():
        if "propagateSizeHints" not in line:  # the offscreen platform's harmless note
            print(f"    {line}")
    if proc.returncode != 0:
        raise SmokeFailure(f"{shown}: exit code {proc.returncode}")
    return proc


def smoke_line(proc: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in proc.stdout.splitlines() if line.startswith("smoke: ")]
    if not lines:
        raise SmokeFailure("the app quit without printing its 'smoke:' line (it never got to the main window)")
    return lines[-1]


def pages_of(line: str) -> list[str]:
    import ast

    return list(ast.literal_eval(line.split(" pages=", 1)[1]))


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def store_revision(store: Path) -> str | None:
    con = sqlite3.connect(store)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        con.close()
    return None if row is None else str(row[0])


def qr_text(pdf_path: Path) -> str:
    import pypdfium2 as pdfium  # test-only dependencies: used here, never shipped in the bundle
    import zxingcpp
    from PIL import Image

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        image = pdf[0].render(scale=3).to_pil().convert("RGBA")
    finally:
        pdf.close()
    white = Image.new("RGBA", image.size, "white")
    white.alpha_composite(image)
    found = zxingcpp.read_barcodes(white.convert("L"))
    return found[0].text if found else ""


def smoke_test(temp: Path) -> None:
    from fieldkit import __version__
    from fieldkit.store.version import SCHEMA_HEAD

    env = smoke_env(temp)
    expect(BINARY.is_file(), f"{BINARY} is missing: build first")

    step("--version")
    proc = run(["--version"], env)
    expect(proc.stdout.strip() == f"fieldkit {__version__}", f"--version printed {proc.stdout!r}")
    if not WINDOWS:
        link = temp / "bin" / "fieldkit"
        link.parent.mkdir()
        link.symlink_to(BINARY)
        proc = run([link, "--version"], env)
        expect(proc.stdout.strip() == f"fieldkit {__version__}", "--version through a symlink failed")
    else:
        expect((BUNDLE / "fieldkit.exe").is_file(), "the windowed fieldkit.exe is missing")

    step("the app on an empty data directory: creates and migrates the store, shows the window, quits")
    fresh = temp / "fresh"
    proc = run(["--data-dir", fresh], env, app=True)
    line = smoke_line(proc)
    expect("icon=True" in line, "the window icon was not found in the bundle")
    store = fresh / "fieldkit.db"
    expect(store.is_file(), f"no store at {store}")
    revision = store_revision(store)
    expect(revision == SCHEMA_HEAD, f"the store is at schema {revision}, not the head {SCHEMA_HEAD}")
    print(f"    store created and migrated to {revision} (the head in fieldkit/store/version.py)")

    step("the command line: init, then a leaflet with a QR code, the bundled fonts and an SVG logo")
    officer = temp / "officer"
    run(["--data-dir", officer, "init", "--name", "Smoke test", "--role", "officer"], env)
    pdf = temp / "trifold.pdf"
    logo = BUNDLE / "_internal" / "resources" / "icons" / "fieldkit.svg"
    leaflet = ["leaflet", "render", "--template", "trifold", "--lang", "az,en,ru", "--helpline", HELPLINE]
    run(["--data-dir", officer, *leaflet, "--confirm-helpline", "--logo", logo, "--out", pdf], env)
    expect(pdf.read_bytes().startswith(b"%PDF"), "the leaflet is not a PDF")
    expect(b"NotoSans" in pdf.read_bytes(), "the leaflet does not embed the bundled Noto Sans")
    decoded = qr_text(pdf)
    expect(decoded == "tel:+994120000000", f"the leaflet's QR code reads {decoded!r}")
    print(f"    {pdf.name}: {pdf.stat().st_size} bytes, QR {decoded}")

    step("the app on that set-up store, in Russian: every screen, translated as the checkout shows it")
    run(["--data-dir", officer, "settings", "set", "language", "ru"], env)
    frozen = smoke_line(run(["--data-dir", officer], env, app=True))
    source = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(officer)],
        env={**env, "FIELDKIT_SMOKE_QUIT_MS": "0"},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=ROOT,
        encoding="utf-8",
    )
    expected = smoke_line(source)
    pages = pages_of(frozen)
    expect(len(pages) == len(PAGE_KEYS), f"expected {len(PAGE_KEYS)} screens, the frozen app built {pages}")
    expect(frozen == expected, f"the frozen app shows\n    {frozen}\nbut the checkout shows\n    {expected}")
    expect(all(not title.isascii() for title in pages), f"the screens are not in Russian: {pages}")
    expect("qt_cancel='Cancel'" not in frozen, "Qt's own Russian translations (qtbase_ru) were not found")
    print("    the same screens, Field Kit's and Qt's Russian translations as the checkout")

    step("--demo: the demo store is built on a worker thread, shown, then deleted")
    proc = run(["--demo"], env, app=True)
    pages = pages_of(smoke_line(proc))
    expect(len(pages) == len(PAGE_KEYS), "the demo did not reach its screens")
    expect(any(not title.isascii() for title in pages), f"the demo's screens are not in Azerbaijani: {pages}")
    marker = "Demo store (deleted when the app closes): "
    demo_dirs = [line.split(marker, 1)[1] for line in proc.stderr.splitlines() if marker in line]
    expect(bool(demo_dirs), "the demo did not say where its store was")
    expect(not Path(demo_dirs[0]).exists(), f"the demo store {demo_dirs[0]} was left behind")


def size_of(path: Path) -> int:
    if path.is_symlink() or path.is_file():
        return path.lstat().st_size
    return sum(size_of(child) for child in path.iterdir())


def components(path: Path, total: int) -> list[tuple[int, str]]:
    """The bundle's parts by size; a part larger than a quarter of the bundle is split into its own."""
    parts: list[tuple[int, str]] = []
    for child in path.iterdir():
        size = size_of(child)
        if child.is_dir() and not child.is_symlink() and size > total / 4:
            parts.extend(components(child, total))
        else:
            parts.append((size, child.relative_to(BUNDLE).as_posix() + ("/" if child.is_dir() else "")))
    return parts


def report_size() -> float:
    step("bundle size")
    total = size_of(BUNDLE)
    megabytes = total / MB
    du = shutil.which("du")
    if du and not WINDOWS:
        on_disk = subprocess.run([du, "-sk", str(BUNDLE)], capture_output=True, text=True, check=True).stdout
        print(f"dist/fieldkit: {int(on_disk.split()[0]) / 1024:.0f} MB on disk (du -sm), {megabytes:.0f} MB in files")
    else:
        print(f"dist/fieldkit: {megabytes:.0f} MB in files")
    files = sum(1 for p in BUNDLE.rglob("*") if p.is_file())
    print(f"{files} files; the 10 biggest parts:")
    for size, name in sorted(components(BUNDLE, total), reverse=True)[:10]:
        print(f"  {size / MB:7.1f} MB  {name}")
    return megabytes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--no-build", action="store_true", help="test the existing dist/fieldkit/")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache before building")
    parser.add_argument("--keep-temp", action="store_true", help="keep the smoke tests' data directories")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    build_seconds = None if args.no_build else build(args.clean)
    temp = Path(tempfile.mkdtemp(prefix="fieldkit-smoke-"))
    try:
        smoke_test(temp)
    except SmokeFailure as exc:
        print(f"\nSMOKE TEST FAILED: {exc}", file=sys.stderr)
        if args.keep_temp:
            print(f"(data directories kept in {temp})", file=sys.stderr)
        return 1
    finally:
        if not args.keep_temp:
            shutil.rmtree(temp, ignore_errors=True)
    megabytes = report_size()
    built = "" if build_seconds is None else f"built in {build_seconds:.0f} s, "
    print(f"\nOK: {built}smoke tests passed, {megabytes:.0f} MB, {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
