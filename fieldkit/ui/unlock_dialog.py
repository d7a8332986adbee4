"""The passphrase prompt shown at start-up when the store is encrypted, before the store is opened.

The passphrase (or, with "Use the recovery key instead", the recovery key) unwraps the store's key from
``store.keys`` (``fieldkit.store.keys``); a wrong one is said plainly and the prompt stays for another try.
Nothing is read from the store until the key is known, so a wrong try changes nothing. Unwrapping takes
about half a second by design (it is what makes guessing slow), under a wait cursor.

On the auto-lock screen a PIN set in Settings → Security may be offered instead (``offer_pin``): a wrong
one says how many tries are left, and after ``keys.PIN_TRIES`` the PIN is dropped and the prompt asks for
the passphrase. When the user chose to keep the key in the OS keyring, ``ask_to_unlock`` takes it from
there and shows no prompt; a keyring that no longer gives a working key is said so above the prompt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.config import Paths
from fieldkit.store import keys
from fieldkit.store.errors import KnownError, WrongPassphrase
from fieldkit.ui.errors import error_text
from fieldkit.ui.widgets import ERROR_STYLE

if TYPE_CHECKING:
    from fieldkit.store.engine import Store


Unlock = Callable[[Paths, str, bool], bytes]


def _unlock(paths: Paths, secret: str, recovery: bool) -> bytes:
    return keys.unlock(paths, secret, recovery=recovery)


class UnlockDialog(QDialog):
    """Asks for the passphrase; ``key`` holds the store's key once it was accepted."""

    pin_locked = Signal()  # too many wrong PINs dropped the PIN

    def __init__(self, paths: Paths, parent: QWidget | None = None, *, unlock: Unlock = _unlock) -> None:
        super().__init__(parent)
        self.paths = paths
        self._unlock = unlock
        self.key: bytes | None = None
        self.failed_tries = 0
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.secret_label = QLabel(self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(360)
        self.secret_label.setBuddy(self.secret)
        self.use_pin = QCheckBox(self)
        self.use_pin.setVisible(False)
        self.use_pin.toggled.connect(self._mode_changed)
        self.use_recovery = QCheckBox(self)
        self.use_recovery.toggled.connect(self._mode_changed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.secret.textEdited.connect(lambda _text: self.message.clear())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.secret_label)
        layout.addWidget(self.secret)
        layout.addWidget(self.use_pin)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock Field Kit"))
        mode = self.method()
        if mode == "pin":
            self.intro.setText(self.tr("Type the PIN set for this session, or untick the box to use the passphrase."))
            self.secret_label.setText(self.tr("&PIN:"))
        elif mode == "recovery_key":
            self.intro.setText(
                self.tr("Type the recovery key that was shown when the store was encrypted (six groups of five).")
            )
            self.secret_label.setText(self.tr("&Recovery key:"))
        else:
            self.intro.setText(self.tr("The store on this computer is encrypted. Type its passphrase to open it."))
            self.secret_label.setText(self.tr("&Passphrase:"))
        self.use_pin.setText(self.tr("Unlock with the P&IN"))
        self.use_recovery.setText(self.tr("Use the recovery &key instead"))
        self.note.setText(
            self.tr(
                "A forgotten passphrase cannot be recovered: without it or the recovery key, nobody can open "
                "this store."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def method(self) -> str:
        """How the prompt unlocks now: "pin", "recovery_key" or "passphrase" (the audit log's words)."""
        if not self.use_pin.isHidden() and self.use_pin.isChecked():
            return "pin"
        return "recovery_key" if self.use_recovery.isChecked() else "passphrase"

    def offer_pin(self, offered: bool) -> None:
        """Show "Unlock with the PIN" (ticked) when a PIN is set, else hide it."""
        self.use_pin.setVisible(offered)
        self.use_pin.setChecked(offered)
        self._mode_changed()

    def _mode_changed(self, _on: bool = False) -> None:
        pin = self.method() == "pin"
        self.use_recovery.setVisible(not pin)
        if pin:
            self.use_recovery.setChecked(False)
        recovery = self.use_recovery.isChecked()
        # A recovery key is copied from paper: seeing it typed helps more than hiding it.
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.secret.clear()
        self.message.clear()
        self.retranslate()
        self.secret.setFocus()

    def accept(self) -> None:
        """Unlock with what was typed; a wrong passphrase keeps the dialog open for another try."""
        secret = self.secret.text()
        if self.method() == "pin":
            self._accept_pin(secret)
            return
        recovery = self.use_recovery.isChecked()
        if not secret:
            self.message.setText(
                self.tr("Type the recovery key first.") if recovery else self.tr("Type the passphrase first.")
            )
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = self._unlock(self.paths, secret, recovery)
        except WrongPassphrase:
            self.failed_tries += 1
            self.message.setText(
                self.tr("That recovery key is wrong. Check it and try again; nothing was changed.")
                if recovery
                else self.tr("That passphrase is wrong. Try again; nothing was changed.")
            )
            self.secret.selectAll()
            self.secret.setFocus()
            return
        except KnownError as exc:
            self.message.setText(error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.key = key
        self.secret.clear()
        super().accept()

    def _accept_pin(self, pin: str) -> None:
        if not pin:
            self.message.setText(self.tr("Type the PIN first."))
            return
        try:
            key = keys.unlock_with_pin(self.paths, pin)
        except keys.WrongPin as exc:
            self.failed_tries += 1
            self.message.setText(
                self.tr("That PIN is wrong. Tries left before the passphrase is needed: %1.").replace(
                    "%1", str(exc.tries_left)
                )
            )
            self.secret.selectAll()
            self.secret.setFocus()
            return
        except keys.PinLocked:
            self.failed_tries += 1
            self.offer_pin(False)
            self.message.setText(
                self.tr("%1 wrong PINs: the PIN no longer works. Type the passphrase to unlock.").replace(
                    "%1", str(keys.PIN_TRIES)
                )
            )
            self.pin_locked.emit()
            return
        self.key = key
        self.secret.clear()
        super().accept()


@dataclass(frozen=True)
class Unlocked:
    """How the store was unlocked, for the audit log's login entry once the store is open."""

    key: bytes = field(repr=False)
    method: str  # "passphrase" or "recovery_key"
    failed_tries: int

    def record_login(self, store: Store) -> None:
        """The audit entry: written when the store has a device that may write (a store still to be
        set up, or one refusing writes until 'identity renew', has no log to add to yet)."""
        from fieldkit.services.audit import record_login

        if store.initialised and store.identity_problem is None:
            record_login(store, self.method, failed_attempts=self.failed_tries)


def ask_to_unlock(paths: Paths, parent: QWidget | None = None) -> Unlocked | None:
    """The key from the OS keyring when the user chose that and it still opens the store, else the
    prompt's; how the store was unlocked (its key is remembered for this process), or ``None`` when
    the user quit."""
    from fieldkit.services.security import key_from_keyring

    found = key_from_keyring(paths)
    if found.key is not None:
        keys.remember(paths, found.key)
        return Unlocked(found.key, "keyring", 0)
    dialog = UnlockDialog(paths, parent)
    if found.problem == "unavailable":
        dialog.message.setText(
            QCoreApplication.translate(
                "UnlockDialog",
                "This computer's keyring cannot be reached now, so the key kept there was not used. "
                "Type the passphrase.",
            )
        )
    elif found.problem:
        dialog.message.setText(
            QCoreApplication.translate(
                "UnlockDialog",
                "This computer's keyring no longer holds a key that opens the store. Type the passphrase; "
                "Settings → Security can keep the key there again.",
            )
        )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.key is None:
        return None
    keys.remember(paths, dialog.key)
    return Unlocked(dialog.key, dialog.method(), dialog.failed_tries)
