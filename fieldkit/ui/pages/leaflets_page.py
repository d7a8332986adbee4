"""The Leaflets screen: the leaflets panel (template, languages, helpline, preview, print or save as
PDF, copies and the print run it records) as a page of the main window.

The panel sets its strings once when it is built, so after a language switch the page builds a new
panel; what the officer had chosen is not worth the complexity of keeping across a switch.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldkit.ui.context import EVENTS, REFERENCE, SETTINGS, STOCK, AppContext
from fieldkit.ui.leaflets_panel import LeafletsPanel
from fieldkit.ui.pages.base import Page


class LeafletsPage(Page):
    topics = frozenset({EVENTS, REFERENCE, SETTINGS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.panel: LeafletsPanel | None = None
        self._language = context.settings.language
        self._build_panel()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Leaflets")

    def _build_panel(self) -> None:
        if self.panel is not None:
            self._layout.removeWidget(self.panel)
            self.panel.close()
            self.panel.deleteLater()
        self.panel = LeafletsPanel(self.context.require_store(), self.context.settings, self)
        self.panel.print_recorded.connect(lambda _movement: self.context.notify(STOCK))
        self._layout.addWidget(self.panel)

    def retranslate(self) -> None:
        # Qt delivers LanguageChange later, as an event: after the window closed, the store is gone.
        if self.context.store is None:
            return
        if self.panel is not None and self._language != self.context.settings.language:
            self._language = self.context.settings.language
            self._build_panel()

    def refresh(self) -> None:
        if self.panel is not None:
            self.panel.store = self.context.require_store()
            self.panel.reload()

    def handle_action(self, action: str) -> None:
        """From the Home screen's quick actions: "print" starts a preview."""
        if action == "print" and self.panel is not None:
            self.panel.preview()
