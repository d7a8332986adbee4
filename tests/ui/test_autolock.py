"""Auto-lock of an encrypted store's window: a short inactivity period locks it, a wrong passphrase
keeps it locked, the right one unlocks it and writes the audit log's ``unlock`` entry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from fieldkit.config import Paths, Settings
from fieldkit.services.audit import list_entries
from fieldkit.store import keys
from fieldkit.store.engine import Store
from fieldkit.store.open import initialise_device, open_store
from fieldkit.ui.main_window import MainWindow

PASSPHRASE = "bakı bulvarı axşam"


@pytest.fixture
def encrypted_store(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setattr(keys, "PASSPHRASE_COST", 2**12)
    paths.data_dir.mkdir(parents=True)
    made = keys.create_keys(paths, PASSPHRASE)
    keys.remember(paths, made.key)
    store = open_store(paths, create=True, key=made.key)
    initialise_device(store, "Gəncə-1", "officer")
    yield store
    keys.forget(paths)


def _window(qtbot, store: Store, paths: Paths) -> MainWindow:
    window = MainWindow(Settings(language="en"), paths, store=store)
    window.context.runner.synchronous = True
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock_with(window: MainWindow, secret: str) -> None:
    assert window.autolock is not None and window.autolock.screen is not None
    prompt = window.autolock.screen.prompt
    prompt.secret.setText(secret)
    prompt.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_inactivity_locks_and_only_the_passphrase_unlocks(qtbot, encrypted_store: Store, paths: Paths) -> None:
    window = _window(qtbot, encrypted_store, paths)
    lock = window.autolock
    assert lock is not None and not lock.is_locked
    assert lock.period_ms() == 10 * 60_000  # the default: ten minutes
    lock.interval_ms = 50
    lock.restart()

    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)
    assert lock.screen is not None and lock.screen.geometry() == window.rect()
    assert not any(s.isEnabled() for s in window.shortcuts)

    _unlock_with(window, "bakı bulvarı səhər")
    assert lock.is_locked and "wrong" in lock.screen.prompt.message.text()
    assert list_entries(encrypted_store, actions=["unlock"]) == []

    _unlock_with(window, PASSPHRASE)
    assert not lock.is_locked and all(s.isEnabled() for s in window.shortcuts)
    [entry] = list_entries(encrypted_store, actions=["unlock"])
    assert entry.details == {"method": "passphrase", "failed_attempts": 1}
    assert lock.timer.isActive()  # counting again

    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)  # and locks again
    assert lock.screen.prompt.failed_tries == 0 and lock.screen.prompt.secret.text() == ""
    window.close()


def test_input_keeps_it_unlocked_and_zero_never_locks(qtbot, encrypted_store: Store, paths: Paths) -> None:
    window = _window(qtbot, encrypted_store, paths)
    lock = window.autolock
    assert lock is not None
    lock.interval_ms = 300
    lock.restart()
    for _ in range(6):
        qtbot.wait(100)
        qtbot.mouseMove(window.nav)
        qtbot.keyClick(window.nav, "a")
    assert not lock.is_locked

    lock.interval_ms = None
    window.settings.lock_after_minutes = 0
    lock.restart()
    assert not lock.timer.isActive()
    window.close()


def test_a_plain_store_never_locks(qtbot, quick_store: Store, paths: Paths) -> None:
    window = _window(qtbot, quick_store, paths)
    lock = window.autolock
    assert lock is not None
    lock.interval_ms = 20
    lock.restart()
    qtbot.wait(100)
    assert not lock.is_locked and not lock.timer.isActive()
    window.close()
