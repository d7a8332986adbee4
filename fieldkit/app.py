"""QApplication bootstrap: paths, settings, translations, the store, then the main window.

Start-up is on the critical path of every launch on an old laptop. When the store is already at the
app's schema, the window paints from a read-only peek (``fieldkit.store.quick``) and opens the full
store right after its first frame; otherwise the store is opened (and migrated, after a backup) first.
An encrypted store cannot be peeked at: its passphrase is asked for (``ui.unlock_dialog``), then it opens.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from fieldkit.config import Paths, load_settings, resolve_data_dir

BENCH_ENV = "FIELDKIT_BENCH_STARTUP"
# The packaging smoke test (scripts/build.py): once the window is up and the store open, wait this many
# milliseconds, print one line saying what is on screen, and quit with exit code 0.
SMOKE_ENV = "FIELDKIT_SMOKE_QUIT_MS"


def make_demo_store(progress: Callable[[int, int, str], None] | None = None) -> str:
    """A throw-away data directory holding a set-up store full of sample data."""
    import tempfile

    from fieldkit.config import save_settings
    from fieldkit.services.demo import build_demo
    from fieldkit.services.locations import resolve_location
    from fieldkit.services.reference import load_reference
    from fieldkit.store.open import initialise_device, open_store

    directory = tempfile.mkdtemp(prefix="fieldkit-demo-")
    paths = Paths(resolve_data_dir(directory))
    store = open_store(paths, create=True)
    try:
        initialise_device(store, "Demo laptop", "officer")
        load_reference(store)
        build_demo(store, progress=progress)
        settings = load_settings(paths.settings)
        settings.home_location_id = resolve_location(store, "Qırmızı Körpü").id
        settings.funder = "Demo Foundation"
        save_settings(paths.settings, settings)
    finally:
        store.close()
    return directory


def _build_demo_with_progress(app: object) -> str | None:
    """Make the demo store on a worker thread behind a progress dialog; None if cancelled or failed."""
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QMessageBox, QWidget

    from fieldkit.ui.progress import run_with_progress
    from fieldkit.ui.tasks import TaskContext, TaskRunner

    runner = TaskRunner()
    anchor = QWidget()
    loop = QEventLoop()
    outcome: dict[str, str | None] = {"dir": None}

    def work(context: TaskContext) -> str:
        return make_demo_store(progress=lambda done, total, message: context.progress(done, total, message))

    def done(directory: object) -> None:
        outcome["dir"] = str(directory)
        loop.quit()

    def failed(message: str) -> None:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Demo"), message)
        loop.quit()

    title = QCoreApplication.translate("App", "Making a demo store with sample data…")
    run_with_progress(anchor, runner, title, work, done, on_failure=failed, on_cancel=loop.quit)
    if outcome["dir"] is None and not runner.synchronous:
        loop.exec()
    runner.wait()
    return outcome["dir"]


def _quit_when_ready(app: object, window: object, delay_ms: int) -> None:
    """The smoke hook: quit ``delay_ms`` after the store is open, reporting the window's state."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from fieldkit.ui.main_window import MainWindow

    assert isinstance(app, QApplication) and isinstance(window, MainWindow)

    def report_and_quit() -> None:
        pages = [window.nav.item(row).text() for row in range(window.nav.count())]
        icon = not app.windowIcon().isNull()
        qt_cancel = app.translate("QPlatformTheme", "Cancel")  # from Qt's own translations, if loaded
        print(f"smoke: icon={icon} qt_cancel={qt_cancel!r} pages={pages}", flush=True)
        app.quit()

    def ready() -> None:
        QTimer.singleShot(delay_ms, report_and_quit)

    if window.store is not None:
        ready()
    else:
        window.store_ready.connect(ready)


def run_app(data_dir: str | None = None, argv: list[str] | None = None, *, demo: bool = False) -> int:
    from fieldkit.qtfix import keep_none_alive

    keep_none_alive()  # before the first Qt call (see fieldkit.qtfix)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from fieldkit.config import resource_path
    from fieldkit.i18n import install_translators
    from fieldkit.store.quick import peek
    from fieldkit.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Field Kit")
    app.setOrganizationName("fieldkit")
    app.setWindowIcon(QIcon(str(resource_path("icons", "fieldkit.png"))))
    if demo:
        import shutil

        install_translators(load_settings(Paths(resolve_data_dir(data_dir)).settings).language)
        data_dir = _build_demo_with_progress(app)
        if data_dir is None:
            return 1
        print(f"Demo store (deleted when the app closes): {data_dir}", file=sys.stderr)
    paths = Paths(resolve_data_dir(data_dir))
    settings = load_settings(paths.settings)
    install_translators(settings.language)
    snapshot = peek(paths.store)
    if snapshot is not None:
        window = MainWindow(settings, paths, snapshot=snapshot)
    else:
        from fieldkit.store.errors import KnownError
        from fieldkit.store.keys import needs_key
        from fieldkit.store.open import open_store

        unlocked = None
        if needs_key(paths):  # an encrypted store: its passphrase first, before the file is opened
            from fieldkit.ui.unlock_dialog import ask_to_unlock

            unlocked = ask_to_unlock(paths)
            if unlocked is None:
                return 1
        try:
            store = open_store(paths, create=True)
        except KnownError as exc:
            QMessageBox.critical(None, app.translate("App", "Field Kit cannot open its store"), str(exc))
            return 1
        if unlocked is not None:
            unlocked.record_login(store)
        window = MainWindow(settings, paths, store=store)
    if os.environ.get(BENCH_ENV):
        # The start-up benchmark: report the first painted frame, and when the store is open for
        # writing (the same moment when it was opened before the window), then quit.
        def _shown() -> None:
            print(f"shown {time.perf_counter():.6f}", flush=True)
            if window.store is not None:
                _ready()

        def _ready() -> None:
            print(f"ready {time.perf_counter():.6f}", flush=True)
            app.quit()

        window.first_painted.connect(_shown)
        window.store_ready.connect(_ready)
    if os.environ.get(SMOKE_ENV):
        _quit_when_ready(app, window, int(os.environ[SMOKE_ENV]))
    window.show()
    code = app.exec()
    window.close()
    if demo:
        shutil.rmtree(paths.data_dir, ignore_errors=True)
    return code
