"""Settings → Security on a real window over a real store: encrypting a plain store keeps every record
and reopens it encrypted; the passphrase changed here is the only one that opens it; a PIN set here
unlocks the lock screen until five wrong tries; the keyring checkbox keeps and removes the key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QDialogButtonBox

from fieldkit.config import Paths, Settings
from fieldkit.services import security
from fieldkit.services.audit import list_entries
from fieldkit.services.export import canonical_export
from fieldkit.services.participants import create_participant
from fieldkit.store import cipher, keys
from fieldkit.store.engine import Store
from fieldkit.store.errors import WrongPassphrase
from fieldkit.store.open import initialise_device, open_store
from fieldkit.store.quick import peek
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.settings_security import SecurityPanel

PASSPHRASE = "lənkəran çay bağları"
NEW_PASSPHRASE = "naxçıvan duz mağarası"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "PASSPHRASE_COST", 2**12)


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    before = keyring.get_keyring()
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def encrypted_store(paths: Paths) -> Iterator[Store]:
    paths.data_dir.mkdir(parents=True)
    made = keys.create_keys(paths, PASSPHRASE)
    keys.remember(paths, made.key)
    store = open_store(paths, create=True, key=made.key)
    initialise_device(store, "Lənkəran-2", "officer")
    yield store
    store.close()
    keys.forget(paths)


def _security(qtbot, store: Store, paths: Paths) -> tuple[MainWindow, SecurityPanel]:
    window = MainWindow(Settings(language="en"), paths, store=store)
    window.context.runner.synchronous = True
    qtbot.addWidget(window)
    window.show()
    page = window.go("settings")
    panel = page.security  # type: ignore[union-attr]
    page.tabs.setCurrentWidget(panel)  # type: ignore[union-attr]
    return window, panel


def _changes(store: Store) -> list[str]:
    return [e.details["what"] for e in list_entries(store, actions=["passphrase_change"])]


def test_encrypting_from_settings_keeps_every_record_and_the_next_start_asks(
    qtbot, quick_store: Store, paths: Paths
) -> None:
    create_participant(quick_store, name="Səbinə Quliyeva", sex="female", phone="+994551112233", consent=True)
    for i in range(40):
        create_participant(quick_store, name=f"Səbinə Quliyeva {i}", sex="female", consent=True)
    before = canonical_export(quick_store)
    window, panel = _security(qtbot, quick_store, paths)
    assert panel.encrypt_box.isVisibleTo(panel) and not panel.passphrase_box.isVisibleTo(panel)
    assert "not encrypted" in panel.status.text()

    panel.encrypt_new.setText(PASSPHRASE)
    panel.encrypt_again.setText(PASSPHRASE + " ")
    panel.encrypt_button.click()
    assert "differ" in panel.message.text() and not cipher.is_encrypted(paths.store)

    panel.encrypt_again.setText(PASSPHRASE)
    panel.encrypt_button.click()

    assert cipher.is_encrypted(paths.store), panel.message.text()
    store = window.context.require_store()
    assert store is not quick_store  # reopened, encrypted, under the remembered key
    assert canonical_export(store) == before
    recovery_key = panel.recovery_value.text()
    assert panel.recovery_box.isVisibleTo(panel) and keys.normalise_recovery_key(recovery_key)
    assert "cannot be recovered" in panel.recovery_note.text()
    assert keys.unlock(paths, recovery_key) == keys.unlock(paths, PASSPHRASE)
    assert _changes(store) == ["encrypted"]
    assert panel.passphrase_box.isVisibleTo(panel) and not panel.encrypt_box.isVisibleTo(panel)
    assert window.autolock is not None and window.autolock.timer.isActive()  # locks from now on
    assert b"Quliyeva" not in paths.store.read_bytes()

    panel.recovery_done.click()
    assert not panel.recovery_box.isVisibleTo(panel) and panel.recovery_value.text() == ""
    window.close()
    store.close()
    keys.forget(paths)
    assert peek(paths.store) is None and keys.needs_key(paths)  # the next start asks for the passphrase
    reopened = open_store(paths, key=keys.unlock(paths, PASSPHRASE))
    try:
        assert canonical_export(reopened) == before
    finally:
        reopened.close()


def test_changing_the_passphrase_from_settings(qtbot, encrypted_store: Store, paths: Paths) -> None:
    window, panel = _security(qtbot, encrypted_store, paths)
    panel.current.setText("not it at all")
    panel.new.setText(NEW_PASSPHRASE)
    panel.again.setText(NEW_PASSPHRASE)
    panel.change_button.click()
    assert "wrong" in panel.message.text()
    assert keys.unlock(paths, PASSPHRASE)

    panel.current.setText(PASSPHRASE)
    panel.new.setText(NEW_PASSPHRASE)
    panel.again.setText(NEW_PASSPHRASE)
    panel.change_button.click()

    assert "changed" in panel.message.text()
    with pytest.raises(WrongPassphrase):
        keys.unlock(paths, PASSPHRASE)
    assert keys.unlock(paths, NEW_PASSPHRASE) == keys.remembered(paths)
    assert panel.current.text() == panel.new.text() == panel.again.text() == ""
    assert _changes(encrypted_store) == ["passphrase"]

    panel.current.setText(NEW_PASSPHRASE)
    panel.recovery_button.click()
    assert keys.unlock(paths, panel.recovery_value.text()) == keys.remembered(paths)
    assert _changes(encrypted_store) == ["passphrase", "recovery_key"]
    window.close()


def _lock(qtbot, window: MainWindow) -> None:
    lock = window.autolock
    assert lock is not None
    lock.lock()
    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)


def _type_on_lock_screen(window: MainWindow, text: str) -> None:
    assert window.autolock is not None and window.autolock.screen is not None
    prompt = window.autolock.screen.prompt
    prompt.secret.setText(text)
    prompt.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_pin_set_in_settings_unlocks_the_lock_screen(qtbot, encrypted_store: Store, paths: Paths) -> None:
    window, panel = _security(qtbot, encrypted_store, paths)
    panel.pin.setText("7351")
    panel.pin_again.setText("7352")
    panel.set_pin_button.click()
    assert "differ" in panel.message.text() and not keys.has_pin(paths)
    panel.pin_again.setText("7351")
    panel.set_pin_button.click()
    assert "current passphrase" in panel.message.text() and not keys.has_pin(paths)
    panel.pin.setText("7351")
    panel.pin_again.setText("7351")
    panel.current.setText(PASSPHRASE)
    panel.set_pin_button.click()
    assert keys.has_pin(paths) and panel.remove_pin_button.isEnabled()

    _lock(qtbot, window)
    prompt = window.autolock.screen.prompt  # type: ignore[union-attr]
    assert prompt.method() == "pin" and prompt.secret_label.text() == "&PIN:"
    _type_on_lock_screen(window, "0000")
    assert window.autolock.is_locked and "PIN is wrong" in prompt.message.text()  # type: ignore[union-attr]
    assert "4" in prompt.message.text()
    _type_on_lock_screen(window, "7351")
    assert not window.autolock.is_locked  # type: ignore[union-attr]
    [entry] = list_entries(encrypted_store, actions=["unlock"])
    assert entry.details == {"method": "pin", "failed_attempts": 1}
    window.close()


def test_five_wrong_pins_and_the_lock_screen_asks_for_the_passphrase(
    qtbot, encrypted_store: Store, paths: Paths
) -> None:
    window, panel = _security(qtbot, encrypted_store, paths)
    security.set_pin(encrypted_store, PASSPHRASE, "7351")
    panel.refresh()
    _lock(qtbot, window)
    prompt = window.autolock.screen.prompt  # type: ignore[union-attr]
    for _ in range(5):
        _type_on_lock_screen(window, "1111")
    assert "5 wrong PINs" in prompt.message.text() and "passphrase" in prompt.message.text()
    assert prompt.method() == "passphrase" and prompt.use_pin.isHidden() and not keys.has_pin(paths)
    _type_on_lock_screen(window, "7351")  # the PIN no longer counts: it is taken as a passphrase
    assert window.autolock.is_locked and "passphrase is wrong" in prompt.message.text()  # type: ignore[union-attr]
    _type_on_lock_screen(window, PASSPHRASE)
    assert not window.autolock.is_locked  # type: ignore[union-attr]
    [entry] = list_entries(encrypted_store, actions=["unlock"])
    assert entry.details == {"method": "passphrase", "failed_attempts": 6}
    assert _changes(encrypted_store) == ["pin_set", "pin_locked"]

    _lock(qtbot, window)  # the next lock offers no PIN any more
    assert prompt.method() == "passphrase"
    window.close()


def test_the_keyring_checkbox_keeps_and_removes_the_key(
    qtbot, encrypted_store: Store, paths: Paths, file_keyring: PlaintextKeyring
) -> None:
    window, panel = _security(qtbot, encrypted_store, paths)
    assert panel.keyring_check.isEnabled() and not panel.keyring_check.isChecked()

    panel.keyring_check.click()  # no passphrase typed yet
    assert not panel.keyring_check.isChecked() and "current passphrase" in panel.message.text()
    assert not keys.keyring_chosen(paths)

    panel.current.setText(PASSPHRASE)
    panel.keyring_check.click()
    assert panel.keyring_check.isChecked() and keys.keyring_chosen(paths)
    assert security.key_from_keyring(paths).key == keys.remembered(paths)

    panel.keyring_check.click()
    assert not panel.keyring_check.isChecked() and not keys.keyring_chosen(paths)
    assert file_keyring.get_password(security.KEYRING_SERVICE, str(paths.data_dir.resolve())) is None
    assert _changes(encrypted_store) == ["keyring_on", "keyring_off"]
    window.close()


def test_without_a_keyring_the_checkbox_says_so(qtbot, encrypted_store: Store, paths: Paths) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        window, panel = _security(qtbot, encrypted_store, paths)
        assert not panel.keyring_check.isEnabled()
        assert "No keyring works on this computer" in panel.keyring_state.text()
        window.close()
    finally:
        keyring.set_keyring(before)


def test_encrypting_runs_off_the_gui_thread_and_the_window_carries_on(qtbot, quick_store: Store, paths: Paths) -> None:
    create_participant(quick_store, name="Aytən Məmmədova", sex="female", consent=True)
    before = canonical_export(quick_store)
    window, panel = _security(qtbot, quick_store, paths)
    window.context.runner.synchronous = False  # the app's way: a worker thread behind the progress bar
    panel.encrypt_new.setText(PASSPHRASE)
    panel.encrypt_again.setText(PASSPHRASE)
    panel.encrypt_button.click()

    qtbot.waitUntil(lambda: panel.recovery_box.isVisibleTo(panel), timeout=30_000)
    window.context.runner.wait()
    assert cipher.is_encrypted(paths.store), panel.message.text()
    store = window.context.require_store()
    assert store is not quick_store and canonical_export(store) == before
    window.go("people")
    window.go("home")  # the screens read the reopened store
    window.close()
    store.close()
    keys.forget(paths)


def test_a_refused_encryption_says_why_and_reopens_the_plain_store(qtbot, quick_store: Store, paths: Paths) -> None:
    create_participant(quick_store, name="Rəşad Əliyev", sex="male", consent=True)
    before = canonical_export(quick_store)
    keys.create_keys(paths, "somebody else's passphrase")  # a key file left here, for another passphrase
    window, panel = _security(qtbot, quick_store, paths)
    panel.encrypt_new.setText(PASSPHRASE)
    panel.encrypt_again.setText(PASSPHRASE)
    panel.encrypt_button.click()

    assert "store.keys" in panel.message.text() and "does not open it" in panel.message.text()
    assert not cipher.is_encrypted(paths.store) and keys.remembered(paths) is None
    store = window.context.require_store()
    assert store is not quick_store and canonical_export(store) == before  # reopened, plain, all there
    assert not panel.recovery_box.isVisibleTo(panel) and panel.encrypt_box.isVisibleTo(panel)
    window.close()
    store.close()
