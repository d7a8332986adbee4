"""Fixtures for the screens: an ``AppContext`` over a real store on disk, with long work run in place."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldkit.config import Paths, Settings
from fieldkit.store.engine import Store
from fieldkit.ui.context import AppContext


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Dates and numbers as the English UI shows them ("28 Nov 2026", "1,257"), whatever test ran
    before: the app sets the default locale with the UI language (``install_translators``)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def context(qapp: object, quick_store: Store, paths: Paths) -> Iterator[AppContext]:
    """An officer's laptop (identity plus shipped reference data), settings in English, tasks synchronous."""
    settings = Settings(language="en")
    ctx = AppContext(settings, paths, quick_store)
    ctx.runner.synchronous = True
    yield ctx
    ctx.runner.wait()
