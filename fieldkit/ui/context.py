"""What every screen of the main window shares: the open store, the paths, the settings, the task
runner for long work, and one signal that says what kind of data just changed.

Screens never talk to each other directly. A screen that writes calls ``notify(topic)``; every other
screen whose ``topics`` include it refreshes (at once if it is visible, otherwise when it is next
shown). That keeps the Home counts, the status bar and the tables in step without wiring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from fieldkit.config import Paths, Settings, save_settings
from fieldkit.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fieldkit.store.engine import Store

# Topics passed to ``AppContext.notify``.
EVENTS = "events"
PEOPLE = "people"  # participants and attendance
STOCK = "stock"  # materials, stock movements, print runs
SYNC = "sync"  # bundles, peers, trust, the version vector
REFERENCE = "reference"  # locations, agencies, helplines, leaflet texts
SETTINGS = "settings"
ALL_TOPICS = frozenset({EVENTS, PEOPLE, STOCK, SYNC, REFERENCE, SETTINGS})


class AppContext(QObject):
    """Shared by the main window and its screens. ``store`` is set once it is open."""

    data_changed = Signal(str)  # a topic above
    language_changed = Signal(str)  # after the translators were swapped; Qt also sends LanguageChange

    def __init__(
        self, settings: Settings, paths: Paths, store: Store | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.paths = paths
        self.store = store
        self.runner = TaskRunner(self)

    def require_store(self) -> Store:
        if self.store is None:
            raise RuntimeError("the store is not open yet")
        return self.store

    @property
    def role(self) -> str:
        device = self.store.device if self.store is not None else None
        return device.role if device is not None else "officer"

    def notify(self, topic: str) -> None:
        if topic not in ALL_TOPICS:
            raise ValueError(f"unknown topic {topic!r}")
        self.data_changed.emit(topic)

    def save_settings(self) -> None:
        save_settings(self.paths.settings, self.settings)
        self.notify(SETTINGS)

    def set_language(self, language: str) -> None:
        """Switch the UI language at run time and remember it."""
        from fieldkit.i18n import install_translators

        self.settings.language = language
        save_settings(self.paths.settings, self.settings)
        install_translators(language)
        self.language_changed.emit(language)
        # Screens that show names in the UI language reload them; Qt sends no LanguageChange event
        # when no translation file was installed before or after the switch.
        self.notify(SETTINGS)
