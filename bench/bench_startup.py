"""Cold start of the app to its first shown main window, on a store with 100k attendance rows and
200k stock movements, beside a bare PySide6 QMainWindow started the same way. Target: at most 3×.

Each start is a fresh Python process (offscreen Qt); the time runs from spawning the process to the
line the window prints once its first frame has been painted. Both programs report the same way. The
median of several interleaved runs counts. Bytecode is compiled first, as in an installed app.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from datagen import CACHE, build_store

ATTENDANCE = 100_000
MOVEMENTS = 200_000
RUNS = 7
TARGET = 3.0

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, report)

def report():
    print(f"shown {time.perf_counter():.6f}", flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1100, 680)
window.show()
app.exec()
"""


def _time_to_shown(command: list[str], ready: list[float] | None = None) -> float:
    """Seconds from spawning to the first painted frame; appends the time to 'ready' if asked."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDKIT_BENCH_STARTUP": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if line.startswith("shown"):
            shown = time.perf_counter() - started
        elif line.startswith("ready") and ready is not None:
            ready.append(time.perf_counter() - started)
    proc.wait(timeout=30)
    if shown is None:
        raise RuntimeError(f"{command} exited without showing a window")
    return shown


def _compile_bytecode() -> None:
    """Installed apps ship compiled bytecode; a dev checkout with PYTHONDONTWRITEBYTECODE has none."""
    import compileall
    import sysconfig

    import fieldkit

    for directory in (sysconfig.get_paths()["purelib"], str(Path(fieldkit.__file__).parent)):
        compileall.compile_dir(directory, quiet=2, workers=2)


def run() -> None:
    _compile_bytecode()
    print(f"building or reusing the store ({ATTENDANCE:,} attendance, {MOVEMENTS:,} movements) ...", flush=True)
    paths = build_store(CACHE / "startup", attendance=ATTENDANCE, movements=MOVEMENTS)
    size_mb = Path(paths.store).stat().st_size / 1e6
    app_cmd = [sys.executable, "-m", "fieldkit", "--data-dir", str(paths.data_dir)]
    bare_cmd = [sys.executable, "-c", BARE]
    _time_to_shown(bare_cmd)  # warm the OS file cache for both, so neither pays the first disk read
    _time_to_shown(app_cmd)
    bare: list[float] = []
    app: list[float] = []
    ready: list[float] = []
    for _ in range(RUNS):  # interleaved, so background noise hits both alike
        bare.append(_time_to_shown(bare_cmd))
        app.append(_time_to_shown(app_cmd, ready))
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(app) * 1000
    ratio = app_ms / bare_ms
    print(f"store: {size_mb:.1f} MB")
    print(f"bare QMainWindow (floor): median {bare_ms:7.1f} ms  (runs: {', '.join(f'{x * 1000:.0f}' for x in bare)})")
    print(f"fieldkit main window:     median {app_ms:7.1f} ms  (runs: {', '.join(f'{x * 1000:.0f}' for x in app)})")
    print(f"ratio: {ratio:.2f}x  (target <= {TARGET:.1f}x: {'met' if ratio <= TARGET else 'NOT MET'})")
    if ready:
        ready_ms = statistics.median(ready) * 1000
        print(
            f"fieldkit store open for writing: median {ready_ms:.1f} ms ({ready_ms / bare_ms:.2f}x the floor; "
            "the window paints from a read-only peek first)"
        )


if __name__ == "__main__":
    run()
