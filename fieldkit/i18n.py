"""Loading UI translations: Field Kit's own .qm files and Qt's base translations.

English is the source language; Azerbaijani (Latin) and Russian come from ``translations/``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fieldkit.config import resource_path

LANGUAGES = ("az", "en", "ru")
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path().parent / "translations"


def install_translators(language: str) -> bool:
    """Replace the installed translators with those for ``language``; True if ours was found."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return True
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    ours = QTranslator(app)
    found = ours.load(str(translations_dir() / f"fieldkit_{language}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    return found
