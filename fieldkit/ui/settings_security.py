"""The Security part of the Settings screen: encrypt a plain store, and for an encrypted one change the
passphrase, make a new recovery key, set or remove the auto-lock PIN, and keep the key in the OS keyring.

The work is in ``fieldkit.services.security``. Encrypting closes the store, converts it on the task
runner's worker behind a progress bar, then emits ``store_replaced``: the main window reopens the store
(its key is remembered, so no prompt) and the next start asks for the passphrase. The recovery key is
shown here once, until "I have written it down" is pressed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import security
from fieldkit.store import keys
from fieldkit.store.encrypt import EncryptResult
from fieldkit.store.errors import KnownError, WrongPassphrase
from fieldkit.ui.context import SETTINGS, AppContext
from fieldkit.ui.errors import error_text
from fieldkit.ui.progress import run_with_progress
from fieldkit.ui.tasks import TaskContext
from fieldkit.ui.widgets import ERROR_STYLE

T = TypeVar("T")

OK_STYLE = "color: #1d4d1d;"
WARNING_STYLE = "background: #fff3cd; color: #5c4400; padding: 6px;"


def _secret(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaximumWidth(420)
    return edit


def _note(parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


class SecurityPanel(QWidget):
    store_replaced = Signal(object)  # EncryptResult, or None after a failed encryption: open the store again

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._short_note = ""
        self._shown_once = False  # refresh runs when the screen is first shown, not at start-up
        self._build()

    def _build(self) -> None:
        inner = QWidget(self)
        self.status = _note(inner)
        self.status.setStyleSheet("font-weight: 600")

        self.encrypt_box = QGroupBox(inner)
        self.encrypt_new = _secret(self.encrypt_box)
        self.encrypt_again = _secret(self.encrypt_box)
        self.encrypt_warning = _note(self.encrypt_box, WARNING_STYLE)
        self.encrypt_button = QPushButton(self.encrypt_box)
        self.encrypt_button.clicked.connect(self.encrypt)
        self.encrypt_captions = [QLabel(self.encrypt_box), QLabel(self.encrypt_box)]
        form = QFormLayout()
        for caption, edit in zip(self.encrypt_captions, (self.encrypt_new, self.encrypt_again), strict=True):
            caption.setBuddy(edit)
            form.addRow(caption, edit)
        box = QVBoxLayout(self.encrypt_box)
        box.addLayout(form)
        box.addWidget(self.encrypt_warning)
        box.addWidget(self.encrypt_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.passphrase_box = QGroupBox(inner)
        self.current = _secret(self.passphrase_box)
        self.new = _secret(self.passphrase_box)
        self.again = _secret(self.passphrase_box)
        self.passphrase_captions = [QLabel(self.passphrase_box) for _ in range(3)]
        form = QFormLayout()
        for caption, edit in zip(self.passphrase_captions, (self.current, self.new, self.again), strict=True):
            caption.setBuddy(edit)
            form.addRow(caption, edit)
        self.change_button = QPushButton(self.passphrase_box)
        self.change_button.clicked.connect(self.change_passphrase)
        self.recovery_button = QPushButton(self.passphrase_box)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.passphrase_note = _note(self.passphrase_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.passphrase_box)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addWidget(self.passphrase_note)

        self.recovery_box = QGroupBox(inner)
        self.recovery_value = QLabel(self.recovery_box)
        self.recovery_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 3)
        self.recovery_value.setFont(font)
        self.recovery_note = _note(self.recovery_box, WARNING_STYLE)
        self.recovery_done = QPushButton(self.recovery_box)
        self.recovery_done.clicked.connect(self.hide_recovery_key)
        box = QVBoxLayout(self.recovery_box)
        box.addWidget(self.recovery_value)
        box.addWidget(self.recovery_note)
        box.addWidget(self.recovery_done, 0, Qt.AlignmentFlag.AlignLeft)
        self.recovery_box.hide()

        self.pin_box = QGroupBox(inner)
        self.pin = _secret(self.pin_box)
        self.pin_again = _secret(self.pin_box)
        for edit in (self.pin, self.pin_again):
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{keys.PIN_MAX}}}"), edit))
            edit.setMaximumWidth(160)
        self.pin_captions = [QLabel(self.pin_box), QLabel(self.pin_box)]
        form = QFormLayout()
        for caption, edit in zip(self.pin_captions, (self.pin, self.pin_again), strict=True):
            caption.setBuddy(edit)
            form.addRow(caption, edit)
        self.set_pin_button = QPushButton(self.pin_box)
        self.set_pin_button.clicked.connect(self.set_pin)
        self.remove_pin_button = QPushButton(self.pin_box)
        self.remove_pin_button.clicked.connect(self.remove_pin)
        self.pin_state = _note(self.pin_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_pin_button)
        buttons.addWidget(self.remove_pin_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.pin_box)
        box.addWidget(self.pin_state)
        box.addLayout(form)
        box.addLayout(buttons)

        self.keyring_box = QGroupBox(inner)
        self.keyring_check = QCheckBox(self.keyring_box)
        self.keyring_check.clicked.connect(self.keyring_clicked)
        self.keyring_state = _note(self.keyring_box)
        box = QVBoxLayout(self.keyring_box)
        box.addWidget(self.keyring_check)
        box.addWidget(self.keyring_state)

        self.message = _note(inner)
        column = QVBoxLayout(inner)
        for widget in (
            self.status,
            self.recovery_box,
            self.encrypt_box,
            self.passphrase_box,
            self.pin_box,
            self.keyring_box,
            self.message,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        inner.setMaximumWidth(820)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def retranslate(self) -> None:
        self.encrypt_box.setTitle(self.tr("Encrypt this store"))
        self.encrypt_captions[0].setText(self.tr("New passphrase"))
        self.encrypt_captions[1].setText(self.tr("The same again"))
        self.encrypt_warning.setText(
            self.tr(
                "Choose a few unrelated words. A lost passphrase cannot be recovered: Field Kit shows a recovery "
                "key once, to write on paper and keep away from the laptop. Without both, nobody can open the "
                "store. Field Kit closes the store while it is encrypted and reopens it."
            )
        )
        self.encrypt_button.setText(self.tr("&Encrypt this store"))
        self.passphrase_box.setTitle(self.tr("Passphrase"))
        for caption, text in zip(
            self.passphrase_captions,
            (self.tr("&Current passphrase"), self.tr("&New passphrase"), self.tr("The same &again")),
            strict=True,
        ):
            caption.setText(text)
        self.current.setPlaceholderText(self.tr("or the recovery key"))
        self.change_button.setText(self.tr("C&hange passphrase"))
        self.recovery_button.setText(self.tr("New reco&very key"))
        self.passphrase_note.setText(
            self.tr("A new recovery key, a PIN and the keyring each ask for the current passphrase first.")
        )
        self.recovery_box.setTitle(self.tr("Recovery key (shown only now)"))
        self.recovery_note.setText(
            self.tr(
                "Write it on paper and keep it away from the laptop. It opens the store if the passphrase is "
                "forgotten. A lost passphrase cannot be recovered any other way."
            )
        )
        self.recovery_done.setText(self.tr("I have &written it down"))
        self.pin_box.setTitle(self.tr("PIN for the lock screen"))
        self.pin_captions[0].setText(self.tr("&PIN (4 to 8 digits)"))
        self.pin_captions[1].setText(self.tr("The same again"))
        self.set_pin_button.setText(self.tr("&Set PIN"))
        self.remove_pin_button.setText(self.tr("&Remove PIN"))
        self.keyring_box.setTitle(self.tr("Keyring"))
        self.keyring_check.setText(self.tr("Remember the &key in this computer's keyring"))
        if self._shown_once:
            self.refresh()  # the texts that depend on the state

    # -- state ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the store's state. The keyring is asked about only for an encrypted store, and only
        from here: loading its backends takes a good part of a second."""
        self._shown_once = True
        state = security.state(self.context.paths)
        encrypted = state.encrypted
        self.status.setText(
            self.tr("This store is encrypted: without its passphrase or recovery key, nobody can read it.")
            if encrypted
            else self.tr("This store is not encrypted: whoever has this laptop can read the names in it.")
        )
        self.encrypt_box.setVisible(not encrypted)
        for box in (self.passphrase_box, self.pin_box, self.keyring_box):
            box.setVisible(encrypted)
        pin_text = (
            self.tr(
                "A PIN unlocks the lock screen until Field Kit closes. After %1 wrong PINs, the passphrase is needed."
            )
            if state.pin_set
            else self.tr(
                "Set a PIN to unlock the lock screen quickly. It works until Field Kit closes and is never saved; "
                "the start always asks for the passphrase."
            )
        )
        self.pin_state.setText(pin_text.replace("%1", str(keys.PIN_TRIES)))
        self.remove_pin_button.setEnabled(state.pin_set)
        self.keyring_check.setChecked(state.keyring_chosen)
        if not encrypted:
            return
        status = security.keyring_status()
        if not status.available:
            self.keyring_check.setEnabled(state.keyring_chosen)  # it can still be switched off
            self.keyring_state.setText(
                self.tr(
                    "No keyring works on this computer (%1), so the passphrase is asked for at every start."
                ).replace("%1", status.detail or status.backend)
            )
        else:
            self.keyring_check.setEnabled(True)
            self.keyring_state.setText(
                self.tr(
                    "Field Kit then opens without the passphrase for whoever logs in to this computer as you. "
                    "The auto-lock still asks for it."
                )
                if state.keyring_chosen
                else self.tr("Then Field Kit opens without the passphrase for whoever logs in to this computer as you.")
            )

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    def _wrong(self) -> None:
        self._say(self.tr("The current passphrase is wrong. Nothing was changed."), ok=False)
        self.current.selectAll()
        self.current.setFocus()

    def _current(self) -> str | None:
        text = self.current.text()
        if not text:
            self._say(self.tr("Type the current passphrase (or the recovery key) first."), ok=False)
            self.current.setFocus()
            return None
        return text

    def _new_pair(self, first: QLineEdit, second: QLineEdit) -> str | None:
        new = first.text()
        if not new.strip():
            self._say(self.tr("Type the new passphrase twice."), ok=False)
            first.setFocus()
            return None
        if new != second.text():
            self._say(self.tr("The two new passphrases differ. Type them again."), ok=False)
            second.clear()
            second.setFocus()
            return None
        return new

    def _short(self, passphrase: str) -> str:
        if len(passphrase) >= keys.SHORT_PASSPHRASE:
            return ""
        return " " + self.tr("It is short: a longer one is much harder to guess for whoever finds the laptop.")

    def _show_recovery_key(self, recovery_key: str) -> None:
        self.recovery_value.setText(recovery_key)
        self.recovery_box.show()

    def hide_recovery_key(self) -> None:
        self.recovery_value.clear()
        self.recovery_box.hide()

    def _busy(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def _with_passphrase(self, change: Callable[[], T]) -> tuple[bool, T | None]:
        """Run a change that the current passphrase authorises, under a wait cursor (unwrapping the key
        takes about half a second). A wrong passphrase or a refusal is said here: (False, None)."""
        self._busy()
        try:
            return True, change()
        except WrongPassphrase:
            self._wrong()
        except KnownError as exc:
            self._say(error_text(exc), ok=False)
        finally:
            QApplication.restoreOverrideCursor()
        return False, None

    # -- encrypting -----------------------------------------------------------------------------
    def encrypt(self) -> None:
        passphrase = self._new_pair(self.encrypt_new, self.encrypt_again)
        if passphrase is None:
            return
        paths = self.context.paths
        if self.context.store is not None:
            self.context.store.close()  # the file is replaced under it; the main window reopens it

        def work(task: TaskContext) -> EncryptResult:
            task.progress(0, 0)
            return security.encrypt(paths, passphrase)

        self._short_note = self._short(passphrase)
        run_with_progress(
            self,
            self.context.runner,
            self.tr("Encrypting the store"),
            work,
            self._encrypted,
            on_failure=self._encrypt_failed,
            on_cancel=lambda: self._encrypt_failed(self.tr("Cancelled; the store was not encrypted.")),
        )

    def _encrypted(self, result: EncryptResult) -> None:
        self.encrypt_new.clear()
        self.encrypt_again.clear()
        self.store_replaced.emit(result)
        if self.context.store is not None:
            security.record_encrypted(self.context.store)
        if result.recovery_key is not None:
            self._show_recovery_key(result.recovery_key)
        text = self.tr(
            "The store is now encrypted, and so are its backups. Field Kit asks for the passphrase at start."
        )
        self._say(text + self._short_note)
        self.refresh()

    def _encrypt_failed(self, message: str) -> None:
        self.store_replaced.emit(None)  # the plain store, as it was
        self._say(message, ok=False)

    # -- the passphrase -------------------------------------------------------------------------
    def change_passphrase(self) -> None:
        current = self._current()
        new = self._new_pair(self.new, self.again) if current is not None else None
        if current is None or new is None:
            return
        done, _ = self._with_passphrase(lambda: security.change_passphrase(self.context.require_store(), current, new))
        if not done:
            return
        for edit in (self.current, self.new, self.again):
            edit.clear()
        self._say(
            self.tr("The passphrase was changed. The old one no longer opens the store; the recovery key still does.")
            + self._short(new)
        )
        self.context.notify(SETTINGS)

    def new_recovery_key(self) -> None:
        current = self._current()
        if current is None:
            return
        done, recovery_key = self._with_passphrase(
            lambda: security.new_recovery_key(self.context.require_store(), current)
        )
        if not done or recovery_key is None:
            return
        self.current.clear()
        self._show_recovery_key(recovery_key)
        self._say(self.tr("A new recovery key was made; the old one no longer opens the store."))
        self.context.notify(SETTINGS)

    # -- the PIN --------------------------------------------------------------------------------
    def set_pin(self) -> None:
        pin = self.pin.text()
        if not (keys.PIN_MIN <= len(pin) <= keys.PIN_MAX and pin.isdigit()):
            self._say(self.tr("A PIN is 4 to 8 digits."), ok=False)
            self.pin.setFocus()
            return
        if pin != self.pin_again.text():
            self._say(self.tr("The two PINs differ. Type them again."), ok=False)
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        current = self._current()
        if current is None:
            return
        done, _ = self._with_passphrase(lambda: security.set_pin(self.context.require_store(), current, pin))
        if not done:
            return
        for edit in (self.current, self.pin, self.pin_again):
            edit.clear()
        self._say(self.tr("The PIN is set. It unlocks the lock screen until Field Kit closes."))
        self.refresh()

    def remove_pin(self) -> None:
        security.remove_pin(self.context.require_store())
        self._say(self.tr("The PIN was removed; the lock screen asks for the passphrase."))
        self.refresh()

    # -- the keyring ----------------------------------------------------------------------------
    def keyring_clicked(self, checked: bool) -> None:
        store = self.context.require_store()
        try:
            if checked:
                current = self._current()
                if current is None:
                    self.refresh()
                    return
                self._busy()
                try:
                    security.remember_in_keyring(store, current)
                finally:
                    QApplication.restoreOverrideCursor()
                self.current.clear()
                self._say(
                    self.tr("The key is kept in this computer's keyring: Field Kit opens without the passphrase.")
                )
            else:
                security.forget_keyring(store)
                self._say(self.tr("The key was removed from the keyring: Field Kit asks for the passphrase at start."))
        except WrongPassphrase:
            self._wrong()
        except security.KeyringUnavailable as exc:
            self._say(
                self.tr("The keyring could not be used (%1). The passphrase is still asked for at start.").replace(
                    "%1", exc.detail
                ),
                ok=False,
            )
        except KnownError as exc:
            self._say(error_text(exc), ok=False)
        self.refresh()
