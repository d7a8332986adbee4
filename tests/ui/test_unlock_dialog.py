"""The start-up passphrase prompt for an encrypted store: a wrong passphrase is said plainly and may be
tried again, the recovery key works instead, and quitting opens nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from fieldkit.config import Paths
from fieldkit.store import keys
from fieldkit.store.open import initialise_device, open_store
from fieldkit.ui.unlock_dialog import UnlockDialog

PASSPHRASE = "bakı bulvarı axşam"


@pytest.fixture
def new_keys(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> Iterator[keys.NewKeys]:
    monkeypatch.setattr(keys, "PASSPHRASE_COST", 2**12)
    paths.data_dir.mkdir(parents=True)
    made = keys.create_keys(paths, PASSPHRASE)
    store = open_store(paths, create=True, key=made.key)
    initialise_device(store, "Gəncə-1", "officer")
    store.close()
    yield made
    keys.forget(paths)


def _press_unlock(dialog: UnlockDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_wrong_passphrase_is_said_plainly_and_the_right_one_unlocks(
    qtbot, paths: Paths, new_keys: keys.NewKeys
) -> None:
    dialog = UnlockDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Password
    assert "cannot be recovered" in dialog.note.text()

    dialog.secret.setText("bakı bulvarı səhər")
    _press_unlock(dialog)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "wrong" in dialog.message.text() and dialog.failed_tries == 1
    assert dialog.key is None

    dialog.secret.setText(PASSPHRASE)
    _press_unlock(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.key == new_keys.key
    assert dialog.secret.text() == ""  # not kept in the widget


def test_an_empty_passphrase_asks_for_one(qtbot, paths: Paths, new_keys: keys.NewKeys) -> None:
    dialog = UnlockDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    _press_unlock(dialog)
    assert dialog.isVisible() and "Type the passphrase" in dialog.message.text()


def test_the_recovery_key_unlocks_instead(qtbot, paths: Paths, new_keys: keys.NewKeys) -> None:
    dialog = UnlockDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.use_recovery, Qt.MouseButton.LeftButton)
    assert dialog.use_recovery.isChecked()
    assert "Recovery key" in dialog.secret_label.text().replace("&", "")
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Normal

    dialog.secret.setText(PASSPHRASE)  # the passphrase is not a recovery key
    _press_unlock(dialog)
    assert "recovery key is wrong" in dialog.message.text()

    dialog.secret.setText(new_keys.recovery_key.lower().replace("-", " "))
    _press_unlock(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.key == new_keys.key


def test_a_missing_key_file_is_explained_in_the_dialog(qtbot, paths: Paths, new_keys: keys.NewKeys) -> None:
    keys.keys_path(paths).unlink()
    dialog = UnlockDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.secret.setText(PASSPHRASE)
    _press_unlock(dialog)
    assert "store.keys is missing" in dialog.message.text() and dialog.isVisible()


def test_the_app_asks_for_the_passphrase_before_opening_and_quitting_opens_nothing(
    qapp, paths: Paths, new_keys: keys.NewKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fieldkit.ui.unlock_dialog as unlock_dialog
    from fieldkit.app import run_app
    from fieldkit.i18n import install_translators

    before = paths.store.read_bytes()
    asked: list[Paths] = []

    def quit_at_prompt(where: Paths, parent: object = None) -> unlock_dialog.Unlocked | None:
        asked.append(where)
        return None

    monkeypatch.setattr(unlock_dialog, "ask_to_unlock", quit_at_prompt)
    try:
        code = run_app(str(paths.data_dir))
    finally:
        install_translators("en")

    assert code == 1 and asked == [paths]
    assert paths.store.read_bytes() == before  # nothing opened, so nothing logged either
    assert keys.remembered(paths) is None


def test_once_unlocked_the_app_opens_the_encrypted_store_and_logs_the_login(
    qapp, paths: Paths, new_keys: keys.NewKeys, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import fieldkit.ui.unlock_dialog as unlock_dialog
    from fieldkit.app import BENCH_ENV, run_app
    from fieldkit.i18n import install_translators
    from fieldkit.services.audit import list_entries

    def type_the_recovery_key_after_two_wrong_tries(where: Paths, parent: object = None) -> unlock_dialog.Unlocked:
        key = keys.unlock(where, new_keys.recovery_key)
        keys.remember(where, key)
        return unlock_dialog.Unlocked(key, "recovery_key", 2)

    monkeypatch.setattr(unlock_dialog, "ask_to_unlock", type_the_recovery_key_after_two_wrong_tries)
    monkeypatch.setenv(BENCH_ENV, "1")  # quit once the window is shown with its store open
    try:
        code = run_app(str(paths.data_dir))
    finally:
        install_translators("en")

    assert code == 0
    assert "ready" in capsys.readouterr().out
    store = open_store(paths, key=new_keys.key)
    try:
        [login] = list_entries(store, actions=["login"])
    finally:
        store.close()
    assert login.details == {"method": "recovery_key", "failed_attempts": 2}
