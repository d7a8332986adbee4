"""Auto-lock for an encrypted store: after a while without keyboard, mouse or touch input, the main
window covers itself with the passphrase prompt and stays covered until the passphrase (or the
recovery key) is typed again.

Inactivity is measured by an application-wide event filter: every input event to any window of the
app restarts one timer. ``Settings.lock_after_minutes`` sets the period; 0 turns the lock off. A plain
(unencrypted) store never locks: there is nothing a passphrase would protect.

The lock screen reuses ``UnlockDialog``, embedded as a plain widget in an opaque panel over the whole
window. The store stays open underneath (its key is in memory either way); what the lock protects is
the screen. A successful unlock writes the audit log's ``unlock`` entry, with the wrong tries before it.

When a PIN was set for this session (Settings → Security, ``keys.set_pin``) the lock screen offers it
first; after ``keys.PIN_TRIES`` wrong PINs it is dropped (audited as ``pin_locked``) and the screen
asks for the passphrase.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fieldkit.config import Paths
from fieldkit.store import keys
from fieldkit.ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from fieldkit.store.engine import Store

PROMPT_WIDTH = 520
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class LockScreen(QWidget):
    """The opaque panel over the locked window, with the passphrase prompt in its middle."""

    unlocked = Signal(str, int)  # method ("passphrase", "recovery_key" or "pin"), wrong tries before it
    quit_requested = Signal()

    def __init__(self, paths: Paths, parent: QWidget) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setObjectName("lock-screen")
        self.setAutoFillBackground(True)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.prompt = UnlockDialog(paths, self)
        self.prompt.setWindowFlags(Qt.WindowType.Widget)  # embedded, not a window of its own
        self.prompt.accepted.connect(self._accepted)
        self.prompt.rejected.connect(self.quit_requested.emit)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        # A fixed width in a row of its own (not an alignment flag) lets the box layout give the prompt
        # the height its wrapped messages need in the longer languages.
        self.prompt.setFixedWidth(PROMPT_WIDTH)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.prompt)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Field Kit is locked"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """Cover the parent and ask again, with a fresh prompt."""
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.prompt.failed_tries = 0
        self.prompt.key = None
        self.prompt.secret.clear()
        self.prompt.message.clear()
        self.prompt.use_recovery.setChecked(False)
        self.prompt.offer_pin(keys.has_pin(self.paths))
        self.prompt.setResult(0)
        self.prompt.show()
        self.show()
        self.raise_()
        self.prompt.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accepted(self) -> None:
        self.unlocked.emit(self.prompt.method(), self.prompt.failed_tries)


class AutoLock(QObject):
    """Watches the app's input and locks ``window`` after ``minutes`` without any.

    ``store`` gives the open store (for the audit entry) or ``None``; ``enabled`` is checked whenever
    the timer would start, so a store encrypted later starts locking without a restart."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QWidget,
        paths: Paths,
        store: Callable[[], Store | None],
        minutes: Callable[[], int],
        enabled: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.paths = paths
        self._store = store
        self._minutes = minutes
        self._enabled = enabled
        self.interval_ms: int | None = None  # overrides ``minutes`` (tests)
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.installEventFilter(self)  # resizes of the window resize the lock screen
        self.restart()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None and self.screen.isVisible()

    def period_ms(self) -> int:
        if self.interval_ms is not None:
            return self.interval_ms
        return max(0, self._minutes()) * 60_000

    def restart(self) -> None:
        """Start counting again from now; stop when the lock is off or the store is not encrypted."""
        period = self.period_ms()
        if self.is_locked or period <= 0 or not self._enabled():
            self.timer.stop()
            return
        self.timer.start(period)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Resize and self.screen is not None:
            self.screen.setGeometry(self.window.rect())
        elif kind in INPUT_EVENTS and not self.is_locked and self.timer.isActive():
            self.timer.start()  # restart with the same period
        return False

    def lock(self) -> None:
        if self.is_locked or not self._enabled():
            return
        self.timer.stop()
        # Dialogs open over the window would stay readable: close them first.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.window:
                widget.reject()
        if self.screen is None:
            self.screen = LockScreen(self.paths, self.window)
            self.screen.unlocked.connect(self._unlocked)
            self.screen.quit_requested.connect(self.window.close)
            self.screen.prompt.pin_locked.connect(self._pin_locked)
        self._set_shortcuts(False)
        self.screen.start()
        self.locked.emit()

    def _unlocked(self, method: str, failed_tries: int) -> None:
        from fieldkit.services.audit import record_login

        assert self.screen is not None
        self.screen.hide()
        self._set_shortcuts(True)
        store = self._store()
        if store is not None and store.initialised and store.identity_problem is None:
            record_login(store, method, failed_attempts=failed_tries, after_lock=True)
        self.unlocked.emit()
        self.restart()

    def _pin_locked(self) -> None:
        from fieldkit.services.security import record_pin_locked

        record_pin_locked(self._store())

    def _set_shortcuts(self, on: bool) -> None:
        for shortcut in getattr(self.window, "shortcuts", []):
            shortcut.setEnabled(on)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
