"""The contract of a main-window screen.

A screen is a ``Page``: it is built with the shared ``AppContext``, it sets every visible string in
``retranslate()`` (called once at the end of ``__init__`` by the subclass, and again whenever the
language changes), and it loads its data in ``refresh()``. The window calls ``refresh()`` when the page
is shown and, while it is shown, whenever a topic in ``topics`` changes; a hidden page that missed a
change is refreshed the next time it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from fieldkit.ui.context import AppContext


class Page(QWidget):
    #: the data topics (see ``fieldkit.ui.context``) after whose change this page must reload
    topics: frozenset[str] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stale = True

    def title(self) -> str:
        """The page's name in the navigation, translated."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible string again (after a language switch)."""

    def refresh(self) -> None:
        """Reload what the page shows from the store."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
