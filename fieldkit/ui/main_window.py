"""The main window: navigation on the left, one screen at a time on the right, and a status bar that
says whether the laptop is online, how many changes wait to sync and when it last synced.

It can open before the store: given a start-up ``Snapshot`` it paints a summary from that, then opens
the store (which imports SQLAlchemy) right after its first frame, and only then builds the screens.
Screen modules are therefore imported inside methods, not at the top of this module. A store that
is not set up yet gets the first-run wizard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.config import Paths, Settings
from fieldkit.store.identity import check_identity
from fieldkit.ui.context import ALL_TOPICS, SETTINGS, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.formats import format_count, format_datetime
from fieldkit.ui.labels import ROLE_LABELS, label
from fieldkit.ui.sync_status import SyncStatusBar
from fieldkit.ui.window_parts import NetworkWatch, StartupView, WelcomeView

if TYPE_CHECKING:
    from fieldkit.store.engine import Store
    from fieldkit.store.quick import Snapshot
    from fieldkit.ui.autolock import AutoLock
    from fieldkit.ui.autosync import AutoSync
    from fieldkit.ui.pages.base import Page

# The screens, in navigation order; Ctrl+1 … Ctrl+8 reach them.
PAGE_KEYS = ("home", "events", "people", "stock", "leaflets", "sync", "reports", "settings")
NAV_MIN_WIDTH, NAV_MAX_WIDTH = 170, 260


class MainWindow(QMainWindow):
    first_painted = Signal()
    store_ready = Signal()

    def __init__(
        self, settings: Settings, paths: Paths, *, store: Store | None = None, snapshot: Snapshot | None = None
    ) -> None:
        super().__init__()
        if store is None and snapshot is None:
            raise ValueError("MainWindow needs an open store or a start-up snapshot")
        self.context = AppContext(settings, paths, store, self)
        self.context.data_changed.connect(self._data_changed)
        self.context.language_changed.connect(lambda _lang: self.retranslate())
        self.pages: dict[str, Page] = {}
        self.wizard: QWidget | None = None
        self.autolock: AutoLock | None = None
        self.autosync: AutoSync | None = None
        self._painted = False
        self.resize(1280, 720)
        self._build()
        self.retranslate()
        if store is not None:
            self._store_opened()
        else:
            assert snapshot is not None
            self._show_snapshot(snapshot)
            # Queued, so whatever else waits for the first frame runs before the slower store opening.
            self.first_painted.connect(lambda: QTimer.singleShot(0, self._open_store))

    # -- shortcuts for tests and callers ---------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self.context.settings

    @property
    def paths(self) -> Paths:
        return self.context.paths

    @property
    def store(self) -> Store | None:
        return self.context.store

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(self)
        self.nav = QListWidget(central)
        self.nav.setFixedWidth(NAV_MIN_WIDTH)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.hide()
        self.stack = QStackedWidget(central)
        self.startup_view = StartupView(self.stack)
        self.welcome_view = WelcomeView(self.stack)
        self.welcome_view.start.connect(self.start_wizard)
        self.stack.addWidget(self.startup_view)
        self.stack.addWidget(self.welcome_view)

        self.identity_banner = QLabel(central)
        self.identity_banner.setWordWrap(True)
        self.identity_banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 8px")
        self.renew_button = QPushButton(central)
        self.renew_button.clicked.connect(self._renew_identity)
        banner = QHBoxLayout()
        banner.addWidget(self.identity_banner, 1)
        banner.addWidget(self.renew_button)
        self.identity_banner.hide()
        self.renew_button.hide()

        right = QVBoxLayout()
        right.addLayout(banner)
        right.addWidget(self.stack, 1)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.nav)
        outer.addLayout(right, 1)
        self.setCentralWidget(central)

        self.device_label = QLabel(self)
        self.network_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.last_sync_label = QLabel(self)
        self.sync_status = SyncStatusBar(self)  # hub and shared-folder sync, once the store is open
        bar = self.statusBar()
        bar.addWidget(self.device_label)
        for widget in (self.network_label, self.pending_label, self.last_sync_label, self.sync_status):
            bar.addPermanentWidget(widget)
        self.shortcuts: list[QShortcut] = []
        for index, _key in enumerate(PAGE_KEYS):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.go(PAGE_KEYS[i]))
            self.shortcuts.append(shortcut)
        # Loading Qt's network backend takes a while on some systems: after the first frame.
        self._network: NetworkWatch | None = None
        self.first_painted.connect(lambda: QTimer.singleShot(0, self._watch_network))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Field Kit"))
        self.renew_button.setText(self.tr("Take a new device identity"))
        for row, key in enumerate(PAGE_KEYS):
            item = self.nav.item(row)
            page = self.pages.get(key)
            if item is not None and page is not None:
                item.setText(page.title().replace("&&", "&"))
                item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(row + 1)))
        self._fit_nav()
        self._show_status()

    def _fit_nav(self) -> None:
        """As wide as the longest screen name in this language, within bounds."""
        font = self.nav.font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(min(NAV_MAX_WIDTH, max(NAV_MIN_WIDTH, widest + 40)))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    # -- the store ------------------------------------------------------------------------------
    def _show_snapshot(self, snapshot: Snapshot) -> None:
        self.stack.setCurrentWidget(self.startup_view)
        self.startup_view.show_snapshot(snapshot)
        device = snapshot.device
        if device is not None:
            problem = check_identity(self.paths, device.device_id, device.public_key, device.last_seq)
            self._show_identity(problem)
            self.device_label.setText(f"{device.name} — {label(ROLE_LABELS, device.role)}")

    def _open_store(self) -> None:
        from fieldkit.store.errors import KnownError
        from fieldkit.store.open import open_store

        try:
            self.context.store = open_store(self.paths, create=True)
        except KnownError as exc:
            QMessageBox.critical(self, self.tr("Field Kit cannot open its store"), error_text(exc))
            self.close()
            return
        self._store_opened()
        self.store_ready.emit()

    def _store_opened(self) -> None:
        store = self.context.require_store()
        if not store.initialised:
            self.stack.setCurrentWidget(self.welcome_view)
            self.statusBar().showMessage(self.tr("Not set up yet"))
            QTimer.singleShot(0, self.start_wizard)
            return
        self._build_pages()
        self._show_identity(store.identity_problem)
        self.go("home")
        self._show_status()
        self._start_autolock()
        self._start_autosync()

    def _start_autolock(self) -> None:
        """An encrypted store's window locks after a while without input (``fieldkit.ui.autolock``)."""
        from fieldkit.store.keys import needs_key
        from fieldkit.ui.autolock import AutoLock

        if self.autolock is None:
            self.autolock = AutoLock(
                self,
                self.paths,
                lambda: self.context.store,
                lambda: self.settings.lock_after_minutes,
                lambda: needs_key(self.paths),
            )

    def _start_autosync(self) -> None:
        """Sync with the hub and the shared folder by itself (``fieldkit.ui.autosync``)."""
        from fieldkit.ui.autosync import AutoSync

        if self.autosync is None:
            self.autosync = AutoSync(self.context, self)
            self.autosync.changed.connect(self._show_status)
            self.sync_status.attach(self.autosync)
            self.pages["sync"].attach_autosync(self.autosync)  # type: ignore[attr-defined]
            if self._network is not None:
                self._network.changed.connect(self._network_changed)
            self.autosync.start()

    def _network_changed(self) -> None:
        if self._network is not None and self.autosync is not None:
            self.autosync.network_changed(self._network.state)

    def _build_pages(self) -> None:
        from fieldkit.ui.pages.events_page import EventsPage
        from fieldkit.ui.pages.home_page import HomePage
        from fieldkit.ui.pages.leaflets_page import LeafletsPage
        from fieldkit.ui.pages.people_page import PeoplePage
        from fieldkit.ui.pages.reports_page import ReportsPage
        from fieldkit.ui.pages.settings_page import SettingsPage
        from fieldkit.ui.pages.stock_page import StockPage
        from fieldkit.ui.pages.sync_page import SyncPage

        if self.pages:
            return
        kinds: dict[str, type[Page]] = {
            "home": HomePage,
            "events": EventsPage,
            "people": PeoplePage,
            "stock": StockPage,
            "leaflets": LeafletsPage,
            "sync": SyncPage,
            "reports": ReportsPage,
            "settings": SettingsPage,
        }
        for key in PAGE_KEYS:
            page = kinds[key](self.context, self.stack)
            page.setObjectName(f"page-{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            self.nav.addItem(QListWidgetItem())
        home = self.pages["home"]
        home.navigate_requested.connect(self.go)  # type: ignore[attr-defined]
        self.pages["settings"].store_replaced.connect(self._store_replaced)  # type: ignore[attr-defined]
        self.nav.show()
        self.retranslate()

    def start_wizard(self) -> None:
        from fieldkit.ui.wizard import FirstRunWizard

        store = self.context.store
        if store is None or store.initialised or self.wizard is not None:
            return
        wizard = FirstRunWizard(self.context, self)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.accepted.connect(self._wizard_done)
        wizard.finished.connect(lambda _code: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.open()

    def _wizard_done(self) -> None:
        self.statusBar().clearMessage()
        self._store_opened()

    def _store_replaced(self, _info: object = None) -> None:
        """After a restore from a backup: open the store file again and reload every screen."""
        from fieldkit.store.errors import KnownError
        from fieldkit.store.open import open_store

        if self.context.store is not None:
            self.context.store.close()
        try:
            self.context.store = open_store(self.paths)
        except KnownError as exc:
            QMessageBox.critical(self, self.tr("Field Kit cannot open its store"), error_text(exc))
            return
        self._show_identity(self.context.store.identity_problem)
        for topic in sorted(ALL_TOPICS):
            self.context.notify(topic)
        if self.autosync is not None:
            self.autosync.start()  # the last rounds as the reopened store has them, then a round

    # -- navigation -----------------------------------------------------------------------------
    def go(self, key: str, action: str = "") -> Page | None:
        """Show the screen ``key``; ``action`` (from the Home screen's quick actions) is handed to it."""
        page = self.pages.get(key)
        if page is None:
            return None
        row = PAGE_KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # shows the page through _nav_changed
        else:
            self._show_page(page)
        if action:
            handler = getattr(page, "handle_action", None)
            if callable(handler):
                handler(action)
        return page

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS) and PAGE_KEYS[row] in self.pages:
            self._show_page(self.pages[PAGE_KEYS[row]])

    def _show_page(self, page: Page) -> None:
        self.stack.setCurrentWidget(page)
        if page.stale:
            page.stale = False
            page.refresh()
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        focus = page.focusProxy() or page.nextInFocusChain()
        if focus is not None and page.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if widget in self.pages.values() else None  # type: ignore[return-value]

    def _data_changed(self, topic: str) -> None:
        current = self.stack.currentWidget()
        for page in self.pages.values():
            if topic in page.topics:
                if page is current:
                    page.refresh()
                else:
                    page.stale = True
        self._show_status()
        if topic == SETTINGS and self.autolock is not None:
            self.autolock.restart()  # the period may have changed

    # -- status ---------------------------------------------------------------------------------
    def _show_identity(self, problem: str | None) -> None:
        self.identity_banner.setVisible(problem is not None)
        self.renew_button.setVisible(problem is not None)
        if problem:
            self.identity_banner.setText(self.tr("Recording is paused: %1").replace("%1", problem))

    def _watch_network(self) -> None:
        if self._network is None:
            self._network = NetworkWatch(self)
            self._network.changed.connect(self._show_network)
            if self.autosync is not None:
                self._network.changed.connect(self._network_changed)
            self._show_network()

    def _show_network(self) -> None:
        if self._network is None:
            return
        state = self._network.state
        texts = {
            "online": self.tr("● Online"),
            "offline": self.tr("○ Offline"),
            "unknown": self.tr("Network: unknown"),
        }
        self.network_label.setText(texts[state])
        self.network_label.setToolTip(
            self.tr("Field Kit works offline. Bundles can always travel by USB stick or shared folder.")
        )

    def _show_status(self) -> None:
        self._show_network()
        store = self.context.store
        if store is None or not store.initialised:
            self.pending_label.clear()
            self.last_sync_label.clear()
            return
        from fieldkit.sync.exchange import sync_brief  # here: it imports SQLAlchemy, not wanted before the first frame

        device = store.device
        assert device is not None
        self.device_label.setText(f"{device.name} — {label(ROLE_LABELS, device.role)}")
        try:
            brief = sync_brief(store)
        except Exception as exc:  # a busy or damaged store must not take the window down
            self.pending_label.setText(self.tr("Sync state unavailable"))
            self.pending_label.setToolTip(error_text(exc))
            return
        self.pending_label.setText(self.tr("Waiting to sync: %1 changes").replace("%1", format_count(brief.pending)))
        self.sync_status.set_pending(brief.pending)
        automatic = self.autosync is not None and bool(self.autosync.hub_url or self.autosync.folder)
        self.pending_label.setVisible(not automatic)  # the sync status says how many wait
        self.last_sync_label.setVisible(not automatic)
        if brief.last_sync_at:
            when = format_datetime(brief.last_sync_at)
            self.last_sync_label.setText(self.tr("Last sync: %1").replace("%1", when))
        else:
            self.last_sync_label.setText(self.tr("Never synced"))

    # -- actions --------------------------------------------------------------------------------
    def _renew_identity(self) -> None:
        from fieldkit.store.open import renew_identity

        store = self.context.store
        if store is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("New device identity"),
            self.tr(
                "This store was copied or restored. Give it a new device identity so its new records "
                "cannot collide with the original's? All records are kept."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        renew_identity(store)
        self._show_identity(store.identity_problem)
        for topic in sorted(ALL_TOPICS):
            self.context.notify(topic)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.autolock is not None:
            self.autolock.stop()
        if self.autosync is not None:
            self.autosync.stop()
        for page in self.pages.values():
            page.close()
        self.context.runner.wait()
        if self.context.store is not None:
            self.context.store.close()
            self.context.store = None
        super().closeEvent(event)
