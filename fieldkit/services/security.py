"""The ways into an encrypted store, for the Settings screen: encrypt a plain store, change the
passphrase, make a new recovery key, set or remove the auto-lock PIN, and keep the store key in the
OS keyring or forget it there.

The key handling itself is in ``fieldkit.store.keys`` and ``fieldkit.store.encrypt`` (the same code
as ``fieldkit store encrypt|rekey|recovery-key``). Each change writes a ``passphrase_change`` audit
entry saying what changed. Adding a way in (a PIN, the keyring) asks for the passphrase first, so
whoever finds the laptop unlocked for a minute cannot leave themselves a way back in.

The keyring entry is the raw store key (hex) under the service ``KEYRING_SERVICE`` and the data
directory's path. It is as safe as the user's login to this computer: whoever logs in as the user
can open the store without the passphrase. ``store.keys`` records the choice, so a start-up asks the
keyring only when the user made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fieldkit.config import Paths
from fieldkit.store import cipher, keys
from fieldkit.store.errors import KnownError

if TYPE_CHECKING:
    from fieldkit.store.encrypt import EncryptResult
    from fieldkit.store.engine import Store

KEYRING_SERVICE = "Field Kit store key"
KEYRING_CHANGES = ("keyring_on", "keyring_off", "pin_set", "pin_removed", "pin_locked")


class KeyringUnavailable(KnownError):
    """No keyring backend works on this computer (or it refused): the passphrase stays needed.
    ``detail`` is the technical reason alone, for a message of the caller's own."""

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(message)
        self.detail = detail


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    backend: str  # the backend's name, for the user and for a support call
    detail: str = ""  # why it is not available


@dataclass(frozen=True)
class SecurityState:
    encrypted: bool
    pin_set: bool
    keyring_chosen: bool


@dataclass(frozen=True)
class KeyringLookup:
    """What the keyring gave at start-up: the key, or why not (``problem``: "", "missing", "stale",
    "unavailable"; "" also when the user never chose the keyring)."""

    key: bytes | None = field(default=None, repr=False)
    problem: str = ""


def is_encrypted(paths: Paths) -> bool:
    return keys.has_keys(paths) and cipher.is_encrypted(paths.store)


def state(paths: Paths) -> SecurityState:
    encrypted = is_encrypted(paths)
    return SecurityState(encrypted, encrypted and keys.has_pin(paths), encrypted and keys.keyring_chosen(paths))


def _audit(store: Store | None, what: str) -> None:
    """A ``passphrase_change`` entry, on a store with a device that may write."""
    from fieldkit.services.audit import record, record_passphrase_change

    if store is None or not store.initialised or store.identity_problem is not None:
        return
    if what in KEYRING_CHANGES:
        record(store, "passphrase_change", {"what": what})
    else:
        record_passphrase_change(store, what)


# -- encrypting, the passphrase, the recovery key --------------------------------------------------
def encrypt(paths: Paths, passphrase: str) -> EncryptResult:
    """Encrypt the plain store in ``paths`` in place (``fieldkit store encrypt``). The store must be
    closed by every user in this process first; its key is remembered, so it reopens without a prompt.
    Call ``record_encrypted`` on the reopened store."""
    from fieldkit.services.export import canonical_export
    from fieldkit.store.encrypt import encrypt_store

    result = encrypt_store(paths, passphrase, canonical_export)
    keys.remember(paths, result.key)
    return result


def record_encrypted(store: Store) -> None:
    _audit(store, "encrypted")


def change_passphrase(store: Store, current: str, new: str) -> None:
    """The current passphrase (or the recovery key) re-wraps the key under ``new``; the old passphrase
    stops working, the recovery key, the PIN and the keyring keep working."""
    keys.change_passphrase(store.paths, current, new)
    _audit(store, "passphrase")


def new_recovery_key(store: Store, current: str) -> str:
    recovery_key = keys.new_recovery_key(store.paths, current)
    _audit(store, "recovery_key")
    return recovery_key


# -- the PIN ---------------------------------------------------------------------------------------
def set_pin(store: Store, current: str, pin: str) -> None:
    """Let ``pin`` unlock the auto-lock screen until the app closes; the passphrase confirms it."""
    keys.check_pin(pin)
    key = keys.unlock(store.paths, current)
    keys.set_pin(store.paths, pin, key)
    _audit(store, "pin_set")


def remove_pin(store: Store) -> None:
    if keys.remove_pin(store.paths):
        _audit(store, "pin_removed")


def record_pin_locked(store: Store | None) -> None:
    """The PIN was dropped after too many wrong tries."""
    _audit(store, "pin_locked")


# -- the OS keyring --------------------------------------------------------------------------------
def keyring_status() -> KeyringStatus:
    """Whether a keyring backend works here. The ``fail`` and ``null`` backends are keyring's way of
    saying none does (no Secret Service on Linux, for instance)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration: say so, keep the passphrase
        return KeyringStatus(False, "", str(exc))
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring | null.Keyring):
        return KeyringStatus(False, name, "no keyring backend is installed or running")
    return KeyringStatus(True, name)


def _account(paths: Paths) -> str:
    return str(paths.data_dir.resolve())


def _keyring() -> Any:
    status = keyring_status()
    if not status.available:
        raise KeyringUnavailable(
            f"No keyring works on this computer ({status.detail}). The passphrase is still needed at every start.",
            status.detail,
        )
    import keyring

    return keyring


def remember_in_keyring(store: Store, current: str) -> None:
    """Keep the store key in the OS keyring, so the app opens without the passphrase; the passphrase
    (or the recovery key) confirms it. A keyring that refuses raises ``KeyringUnavailable``."""
    from keyring.errors import KeyringError

    key = keys.unlock(store.paths, current)
    backend = _keyring()
    try:
        backend.set_password(KEYRING_SERVICE, _account(store.paths), key.hex())
    except KeyringError as exc:
        raise KeyringUnavailable(
            f"The keyring refused to keep the key ({exc}). The passphrase is still needed at every start.", str(exc)
        ) from exc
    keys.set_keyring_chosen(store.paths, True)
    _audit(store, "keyring_on")


def forget_keyring(store: Store) -> None:
    """Remove the key from the keyring (if it can be reached) and stop looking there at start-up."""
    from keyring.errors import KeyringError, PasswordDeleteError

    keys.set_keyring_chosen(store.paths, False)
    try:
        backend = _keyring()
        backend.delete_password(KEYRING_SERVICE, _account(store.paths))
    except (KeyringUnavailable, PasswordDeleteError):
        pass  # nothing there to remove
    except KeyringError as exc:
        raise KeyringUnavailable(
            f"Field Kit no longer uses the keyring, but the key could not be removed from it ({exc}). "
            f"Remove the entry '{KEYRING_SERVICE}' with the system's password manager.",
            str(exc),
        ) from exc
    finally:
        _audit(store, "keyring_off")


def key_from_keyring(paths: Paths) -> KeyringLookup:
    """The store key from the keyring, checked against the store file (read-only), when the user
    chose the keyring; otherwise why not. Nothing is written."""
    if not keys.keyring_chosen(paths):
        return KeyringLookup()
    try:
        from keyring.errors import KeyringError

        backend = _keyring()
        text = backend.get_password(KEYRING_SERVICE, _account(paths))
    except (KeyringUnavailable, KeyringError):
        return KeyringLookup(problem="unavailable")
    if not text:
        return KeyringLookup(problem="missing")
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return KeyringLookup(problem="stale")
    if len(key) != cipher.KEY_BYTES or (cipher.has_content(paths.store) and cipher.key_refused(paths.store, key)):
        return KeyringLookup(problem="stale")
    return KeyringLookup(key)
