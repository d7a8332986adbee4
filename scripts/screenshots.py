"""Screenshots of every screen at 1366×768, in English and Azerbaijani, for docs/screenshots/.

Run under a real X server, e.g. Xvfb::

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb uv run python scripts/screenshots.py [--out docs/screenshots] [--lang en,az,ru]

``--lang pseudo`` uses the pseudo-locale (``fieldkit.ui.pseudo``): every string about 40 % longer.

It builds the demo store (the same as ``fieldkit --demo``), opens the main window maximised, shows each
screen in turn and grabs the screen. Nothing here is used by the app itself.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from fieldkit.qtfix import keep_none_alive

PAGES = ("home", "events", "people", "stock", "leaflets", "sync", "reports", "settings")


def grab(window: object, target: Path) -> None:
    window.screen().grabWindow(0).save(str(target))  # type: ignore[attr-defined]
    print(target)


def wizard_shot(lang: str, out: Path, settle: object) -> None:
    """The first-run wizard on a new, empty data directory, at its location page."""
    import tempfile

    from fieldkit.config import Paths, Settings
    from fieldkit.store.open import open_store
    from fieldkit.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as empty:
        paths = Paths(Path(empty))
        store = open_store(paths, create=True)
        window = MainWindow(Settings(language="en" if lang == "pseudo" else lang), paths, store=store)
        window.setGeometry(0, 0, 1366, 768)
        window.showMaximized()
        settle(600)  # type: ignore[operator]
        wizard = window.wizard
        if wizard is not None:
            wizard.name_page.name_edit.setText("Qazax-2")  # type: ignore[attr-defined]
            for _ in range(3):
                wizard.next()  # type: ignore[attr-defined]
            settle()  # type: ignore[operator]
            grab(window, out / f"{lang}-0-wizard.png")
            wizard.reject()  # type: ignore[attr-defined]
        window.close()
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en,az")
    parser.add_argument("--pages", default=",".join(PAGES))
    args = parser.parse_args()
    keep_none_alive()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from fieldkit.app import make_demo_store
    from fieldkit.config import Paths, load_settings
    from fieldkit.i18n import install_translators
    from fieldkit.store.open import open_store
    from fieldkit.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Field Kit")
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = Path(make_demo_store())
    try:
        for lang in args.lang.split(","):
            paths = Paths(data_dir)
            settings = load_settings(paths.settings)
            settings.language = "en" if lang == "pseudo" else lang
            install_translators(settings.language)
            if lang == "pseudo":
                from fieldkit.ui.pseudo import install_pseudo

                install_pseudo()  # every string ~40 % longer: shows what gets cut off
            store = open_store(paths)
            window = MainWindow(settings, paths, store=store)
            window.context.runner.synchronous = True
            window.setGeometry(0, 0, 1366, 768)
            window.showMaximized()

            def settle(ms: int = 400) -> None:
                loop = QEventLoop()
                QTimer.singleShot(ms, loop.quit)
                loop.exec()

            settle(800)
            for key in args.pages.split(","):
                page = window.go(key)
                if key == "events" and page is not None:
                    view = getattr(page, "table", None) or getattr(page, "view", None)
                    if view is not None and view.model().rowCount() > 0:
                        view.selectRow(0)
                settle()
                grab(window, args.out / f"{lang}-{PAGES.index(key) + 1}-{key}.png")
                if key == "stock" and page is not None:
                    page.handle_action("tally")  # type: ignore[attr-defined]
                    settle()
                    grab(window, args.out / f"{lang}-{PAGES.index(key) + 1}-stock-tally.png")
                    page.leave_tally()  # type: ignore[attr-defined]
            window.close()
            settle(100)
            wizard_shot(lang, args.out, settle)
    finally:
        install_translators("en")
        shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
