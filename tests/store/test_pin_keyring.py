"""The other ways into an encrypted store: a PIN held in memory for the auto-lock screen (dropped after
five wrong tries), and the store key kept in the OS keyring at the user's choice (a real file keyring
here, in the test's own directory), with the start-up that then asks for nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from fieldkit.config import Paths
from fieldkit.services import security
from fieldkit.services.audit import list_entries
from fieldkit.store import keys
from fieldkit.store.engine import Store
from fieldkit.store.errors import KnownError, WrongPassphrase
from fieldkit.store.open import initialise_device, open_store

PASSPHRASE = "şəki karvansarası yay"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "PASSPHRASE_COST", 2**12)


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """A real keyring backend writing to a file of this test's own."""
    before = keyring.get_keyring()
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def encrypted(paths: Paths) -> Iterator[tuple[Store, keys.NewKeys]]:
    paths.data_dir.mkdir(parents=True)
    made = keys.create_keys(paths, PASSPHRASE)
    store = open_store(paths, create=True, key=made.key)
    initialise_device(store, "Quba-3", "officer")
    yield store, made
    store.close()
    keys.forget(paths)


def _changes(store: Store) -> list[str]:
    return [e.details["what"] for e in list_entries(store, actions=["passphrase_change"])]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the PIN ---------------------------------------------------------------------------------------
def test_a_pin_unlocks_until_five_wrong_tries_then_only_the_passphrase_does(
    paths: Paths, encrypted: tuple[Store, keys.NewKeys]
) -> None:
    store, made = encrypted
    key_file = _digest(keys.keys_path(paths))
    security.set_pin(store, PASSPHRASE, "4821")

    assert keys.has_pin(paths) and keys.unlock_with_pin(paths, "4821") == made.key
    assert _digest(keys.keys_path(paths)) == key_file  # the PIN is never written down
    assert _changes(store) == ["pin_set"]

    left = []
    for wrong in ("0000", "1234", "48210", "abcd"):
        with pytest.raises(keys.WrongPin) as caught:
            keys.unlock_with_pin(paths, wrong)
        left.append(caught.value.tries_left)
    assert left == [4, 3, 2, 1]
    with pytest.raises(keys.PinLocked):
        keys.unlock_with_pin(paths, "9999")  # the fifth wrong try drops the PIN
    assert not keys.has_pin(paths)
    with pytest.raises(keys.PinLocked):
        keys.unlock_with_pin(paths, "4821")  # even the right one no longer works
    assert keys.unlock(paths, PASSPHRASE) == made.key


def test_a_right_pin_resets_the_count_of_wrong_ones(paths: Paths, encrypted: tuple[Store, keys.NewKeys]) -> None:
    store, made = encrypted
    security.set_pin(store, PASSPHRASE, "102938")
    for _ in range(4):
        with pytest.raises(keys.WrongPin):
            keys.unlock_with_pin(paths, "111111")
    assert keys.unlock_with_pin(paths, "102938") == made.key
    with pytest.raises(keys.WrongPin) as caught:
        keys.unlock_with_pin(paths, "111111")
    assert caught.value.tries_left == 4


def test_setting_a_pin_needs_the_passphrase_and_a_pin_of_four_to_eight_digits(
    paths: Paths, encrypted: tuple[Store, keys.NewKeys]
) -> None:
    store, _made = encrypted
    with pytest.raises(WrongPassphrase):
        security.set_pin(store, "not the passphrase", "4821")
    for bad in ("482", "123456789", "12a4", "١٢٣٤", ""):
        with pytest.raises(KnownError, match="4 to 8 digits"):
            security.set_pin(store, PASSPHRASE, bad)
    assert not keys.has_pin(paths) and _changes(store) == []


def test_a_removed_or_forgotten_pin_no_longer_unlocks(paths: Paths, encrypted: tuple[Store, keys.NewKeys]) -> None:
    store, _made = encrypted
    security.set_pin(store, PASSPHRASE, "4821")
    security.remove_pin(store)
    with pytest.raises(keys.PinLocked):
        keys.unlock_with_pin(paths, "4821")
    security.set_pin(store, PASSPHRASE, "4821")
    keys.forget(paths)  # the process forgets its keys: the PIN goes with them
    assert not keys.has_pin(paths)
    assert _changes(store) == ["pin_set", "pin_removed", "pin_set"]


# -- the keyring -----------------------------------------------------------------------------------
def test_the_key_kept_in_the_keyring_opens_the_store_and_forgetting_removes_it(
    paths: Paths, encrypted: tuple[Store, keys.NewKeys], file_keyring: PlaintextKeyring
) -> None:
    store, made = encrypted
    assert security.key_from_keyring(paths) == security.KeyringLookup()  # not chosen: not even asked

    security.remember_in_keyring(store, PASSPHRASE)

    assert keys.keyring_chosen(paths)
    assert Path(file_keyring.file_path).is_file()
    assert security.key_from_keyring(paths).key == made.key
    assert security.state(paths).keyring_chosen

    security.forget_keyring(store)

    assert not keys.keyring_chosen(paths)
    assert file_keyring.get_password(security.KEYRING_SERVICE, str(paths.data_dir.resolve())) is None
    assert made.key.hex() not in Path(file_keyring.file_path).read_text()
    assert security.key_from_keyring(paths).key is None
    assert _changes(store) == ["keyring_on", "keyring_off"]


def test_a_wrong_passphrase_puts_nothing_in_the_keyring(
    paths: Paths, encrypted: tuple[Store, keys.NewKeys], file_keyring: PlaintextKeyring
) -> None:
    store, _made = encrypted
    with pytest.raises(WrongPassphrase):
        security.remember_in_keyring(store, "bir şey başqa")
    assert not keys.keyring_chosen(paths) and not Path(file_keyring.file_path).exists()
    assert _changes(store) == []


def test_a_key_in_the_keyring_that_no_longer_opens_the_store_is_not_used(
    paths: Paths, encrypted: tuple[Store, keys.NewKeys], file_keyring: PlaintextKeyring
) -> None:
    store, _made = encrypted
    security.remember_in_keyring(store, PASSPHRASE)
    file_keyring.set_password(security.KEYRING_SERVICE, str(paths.data_dir.resolve()), bytes(32).hex())
    assert security.key_from_keyring(paths) == security.KeyringLookup(problem="stale")
    file_keyring.delete_password(security.KEYRING_SERVICE, str(paths.data_dir.resolve()))
    assert security.key_from_keyring(paths) == security.KeyringLookup(problem="missing")


def test_without_a_working_keyring_it_is_said_plainly_and_the_passphrase_stays(
    paths: Paths, encrypted: tuple[Store, keys.NewKeys]
) -> None:
    store, _made = encrypted
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        status = security.keyring_status()
        assert not status.available and "no keyring backend" in status.detail
        with pytest.raises(security.KeyringUnavailable, match="No keyring works on this computer"):
            security.remember_in_keyring(store, PASSPHRASE)
        assert not keys.keyring_chosen(paths)
        keys.set_keyring_chosen(paths, True)  # chosen on a day the keyring worked
        assert security.key_from_keyring(paths) == security.KeyringLookup(problem="unavailable")
        security.forget_keyring(store)  # switching it off still works
        assert not keys.keyring_chosen(paths)
    finally:
        keyring.set_keyring(before)


def test_with_the_key_in_the_keyring_the_app_starts_without_asking(
    tmp_path: Path,
    paths: Paths,
    encrypted: tuple[Store, keys.NewKeys],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A real start of the app, in a process of its own (an app run in this process would leave its
    window and its application-wide hooks behind for the tests after it). Both processes use the same
    file keyring, found through XDG_DATA_HOME. A prompt would wait for an answer: the start must end
    by itself, with the window shown on the open store (FIELDKIT_BENCH_STARTUP quits then)."""
    import os
    import subprocess
    import sys

    from fieldkit.app import BENCH_ENV

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    before = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())  # its file under XDG_DATA_HOME, as the child's will be
    store, made = encrypted
    try:
        security.remember_in_keyring(store, PASSPHRASE)
    finally:
        keyring.set_keyring(before)
    store.close()
    keys.forget(paths)
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "QT_QPA_PLATFORM": "offscreen",
        BENCH_ENV: "1",
    }
    env.pop("FIELDKIT_PASSPHRASE", None)
    started = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(paths.data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert started.returncode == 0, started.stderr

    reopened = open_store(paths, key=made.key)
    try:
        [login] = list_entries(reopened, actions=["login"])
    finally:
        reopened.close()
    assert login.details == {"method": "keyring"}
