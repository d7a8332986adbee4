"""Every screen fits a 1366×768 laptop in each UI language: Azerbaijani and Russian run longer than
English, and a screen whose minimum size grows past the screen pushes the window off it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldkit.config import Settings
from fieldkit.i18n import install_translators, translations_dir
from fieldkit.store.engine import Store
from fieldkit.ui.main_window import MainWindow

SCREEN = (1366, 768)


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: object) -> Iterator[None]:
    yield
    install_translators("en")


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_the_window_and_every_screen_fit_a_laptop_screen(qtbot, quick_store: Store, language: str) -> None:
    if language != "en" and not (translations_dir() / f"fieldkit_{language}.qm").exists():
        pytest.skip(f"no compiled {language} translation")
    install_translators(language)
    window = MainWindow(Settings(language=language), quick_store.paths, store=quick_store)
    qtbot.addWidget(window)
    window.context.runner.synchronous = True
    window.resize(*SCREEN)
    window.show()
    for key in window.pages:
        window.go(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (language, key, hint)
        assert window.width() <= SCREEN[0], (language, key, window.width())
    window.close()
