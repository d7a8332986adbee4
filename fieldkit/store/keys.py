"""The key of an encrypted store, wrapped by the passphrase and by the recovery key (``store.keys``).

SQLCipher takes one key. To give a store two ways in (the passphrase, and a recovery key printed once
at set-up) the database key is a random 32-byte key that nobody types, and ``store.keys`` in the data
directory holds it twice, each copy encrypted (AES-256-GCM) with a key derived by scrypt:

* from the passphrase (N = 2**17, r = 8, p = 1: about half a second and 128 MiB, so guessing is slow);
* from the recovery key (30 random base32 characters, 150 bits: strong on its own, so a cheap N).

Changing the passphrase re-wraps the key: it is instant and rewrites no database page, and the
backups (encrypted under the same key) keep opening. A lost passphrase cannot be recovered: the file
holds nothing that opens the store without the passphrase or the recovery key. Losing ``store.keys``
itself loses the store, so it may be copied anywhere (it is useless on its own).

A process that has unlocked a store remembers its key here (``remember``), so the parts of the app
that only hold the data directory (backups, reopening after a restore) can open it again.

A PIN (4 to 8 digits) may unlock the auto-lock screen of a running app. Its slot wraps the key like the
others, but lives only in this process's memory and is dropped after ``PIN_TRIES`` wrong tries: a PIN
has too few values to be kept on disk, where whoever holds the file could try every one of them. The
key itself is in memory while the app runs anyway, so the PIN exposes nothing more. ``store.keys`` also
records whether the user chose to keep the key in the OS keyring (``keyring_chosen``), so that a start
asks the keyring only then.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.config import Paths, write_atomic
from fieldkit.store import cipher
from fieldkit.store.cipher import KEY_BYTES
from fieldkit.store.errors import KnownError, WrongPassphrase, said

KEYS_FILENAME = "store.keys"
FORMAT = "fieldkit-store-keys"
VERSION = 1
PASSPHRASE_COST = 2**17  # scrypt N for the passphrase; r = 8, p = 1
RECOVERY_COST = 2**14  # the recovery key carries 150 random bits; the KDF only has to be sound
SCRYPT_R, SCRYPT_P = 8, 1
RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # RFC 4648 base32
RECOVERY_GROUPS, RECOVERY_GROUP_LEN = 6, 5
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})
SHORT_PASSPHRASE = 10

PIN_COST = 2**14  # the slot is in memory only and limited to PIN_TRIES tries: the KDF need not be slow
PIN_TRIES = 5
PIN_MIN, PIN_MAX = 4, 8

_unlocked: dict[str, bytes] = {}


@dataclass
class _PinSlot:
    slot: dict[str, Any]
    wrong: int = 0


_pins: dict[str, _PinSlot] = {}


class WrongPin(WrongPassphrase):
    """A wrong PIN; ``tries_left`` more are allowed before the PIN stops working."""

    def __init__(self, message: str, tries_left: int) -> None:
        super().__init__(message)
        self.tries_left = tries_left


class PinLocked(KnownError):
    """No PIN works (none set, or too many wrong tries dropped it): the passphrase is needed."""


@dataclass(frozen=True)
class NewKeys:
    """A store key and the recovery key that also unlocks it (shown to the user once)."""

    key: bytes
    recovery_key: str


def keys_path(paths: Paths) -> Path:
    return paths.data_dir / KEYS_FILENAME


def has_keys(paths: Paths) -> bool:
    return keys_path(paths).is_file()


def needs_key(paths: Paths) -> bool:
    """Whether the store in ``paths`` opens only with its key: the data directory has ``store.keys``
    and the store is encrypted, or is still to be made (it will be encrypted)."""
    return has_keys(paths) and (cipher.is_encrypted(paths.store) or not cipher.has_content(paths.store))


# -- the process's unlocked keys ---------------------------------------------------------------------
def remember(paths: Paths, key: bytes) -> None:
    _unlocked[str(paths.data_dir.resolve())] = key


def remembered(paths: Paths) -> bytes | None:
    return _unlocked.get(str(paths.data_dir.resolve()))


def forget(paths: Paths) -> None:
    _unlocked.pop(str(paths.data_dir.resolve()), None)
    _pins.pop(str(paths.data_dir.resolve()), None)


# -- the PIN of a running app --------------------------------------------------------------------------
def check_pin(pin: str) -> None:
    if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii() and pin.isdigit()):
        raise KnownError(said("A PIN is {least} to {most} digits (0-9), nothing else.", least=PIN_MIN, most=PIN_MAX))


def set_pin(paths: Paths, pin: str, key: bytes) -> None:
    """Let ``pin`` unwrap ``key`` until this process ends, the PIN is removed, or it is mistyped
    ``PIN_TRIES`` times."""
    check_pin(pin)
    _pins[str(paths.data_dir.resolve())] = _PinSlot(_wrap("pin", pin.encode("ascii"), key, PIN_COST))


def has_pin(paths: Paths) -> bool:
    return str(paths.data_dir.resolve()) in _pins


def remove_pin(paths: Paths) -> bool:
    """Drop the PIN; whether there was one."""
    return _pins.pop(str(paths.data_dir.resolve()), None) is not None


def unlock_with_pin(paths: Paths, pin: str) -> bytes:
    """The store key from the PIN. A wrong PIN raises ``WrongPin``; the last allowed wrong try drops
    the PIN and raises ``PinLocked``, as does a try when no PIN is set."""
    where = str(paths.data_dir.resolve())
    held = _pins.get(where)
    if held is None:
        raise PinLocked(said("No PIN unlocks this store now. Type the passphrase."))
    key = None
    if PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii() and pin.isdigit():
        key = _unwrap("pin", held.slot, pin.encode("ascii"))
    if key is not None:
        held.wrong = 0
        return key
    held.wrong += 1
    if held.wrong >= PIN_TRIES:
        del _pins[where]
        raise PinLocked(said("{tries} wrong PINs: the PIN no longer works. Type the passphrase.", tries=PIN_TRIES))
    left = PIN_TRIES - held.wrong
    raise WrongPin(said("That PIN is wrong; {left} tries left.", left=left), left)


# -- recovery keys -----------------------------------------------------------------------------------
def generate_recovery_key() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(chars[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN))


def normalise_recovery_key(text: str) -> str | None:
    """The 30 characters of a recovery key as typed (any case, spaces or dashes, 0/1/8 for O/I/B), or
    ``None`` when ``text`` cannot be one."""
    chars = "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_LOOKALIKES)
    if len(chars) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(ch not in RECOVERY_ALPHABET for ch in chars):
        return None
    return chars


def _passphrase_bytes(passphrase: str) -> bytes:
    """NFC, so that "ə" typed as one character or as e + combining mark unlocks the same way."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def short_passphrase_warning(passphrase: str) -> str | None:
    if len(passphrase) >= SHORT_PASSPHRASE:
        return None
    return (
        f"The passphrase has fewer than {SHORT_PASSPHRASE} characters. A longer one (a few unrelated words) "
        "is much harder to guess for whoever finds the laptop."
    )


def check_new_passphrase(passphrase: str) -> None:
    if not passphrase.strip():
        raise KnownError(said("The passphrase is empty. Choose one of at least a few words; it cannot be recovered."))


# -- wrapping ---------------------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


def _aad(kind: str) -> bytes:
    return f"{FORMAT}/{VERSION}/{kind}".encode()


def _kek(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _wrap(kind: str, secret: bytes, key: bytes, cost: int) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(_kek(secret, salt, cost, SCRYPT_R, SCRYPT_P)).encrypt(nonce, key, _aad(kind))
    return {
        "kdf": "scrypt",
        "n": cost,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "cipher": "aes-256-gcm",
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
    }


def _unwrap(kind: str, slot: dict[str, Any], secret: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = _kek(secret, _unb64(slot["salt"]), int(slot["n"]), int(slot["r"]), int(slot["p"]))
    try:
        key = AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped_key"]), _aad(kind))
    except InvalidTag:
        return None
    return key if len(key) == KEY_BYTES else None


# -- the key file -----------------------------------------------------------------------------------
def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def read_key_file(paths: Paths) -> dict[str, Any]:
    path = keys_path(paths)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnownError(
            said(
                "The store in {data_dir} is encrypted, but its key file {keys_file} is missing. Put back "
                "the {keys_file} that was made with this store; without it the store cannot be opened, not even "
                "with the recovery key.",
                data_dir=str(paths.data_dir),
                keys_file=KEYS_FILENAME,
            )
        ) from None
    except (OSError, ValueError) as exc:
        raise KnownError(
            said(
                "The key file {path} cannot be read ({reason}). Put back a copy of it.", path=str(path), reason=str(exc)
            )
        ) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("slots"), dict):
        raise KnownError(
            said(
                "{path} is not a Field Kit key file. Put back the {keys_file} made with this store.",
                path=str(path),
                keys_file=KEYS_FILENAME,
            )
        )
    if int(doc.get("version", 0)) > VERSION:
        raise KnownError(
            said(
                "{path} was written by a newer Field Kit. Install the newer Field Kit to open this store.",
                path=str(path),
            )
        )
    return doc


def _write_key_file(paths: Paths, doc: dict[str, Any]) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    doc["changed_at"] = _now()
    write_atomic(keys_path(paths), json.dumps(doc, indent=2).encode("utf-8"), mode=0o600)


def _document(key: bytes, passphrase: str, recovery_key: str) -> dict[str, Any]:
    recovery = normalise_recovery_key(recovery_key)
    assert recovery is not None
    return {
        "format": FORMAT,
        "version": VERSION,
        "store_cipher": "sqlcipher4 raw key",
        "created_at": _now(),
        "slots": {
            "passphrase": _wrap("passphrase", _passphrase_bytes(passphrase), key, PASSPHRASE_COST),
            "recovery": _wrap("recovery", recovery.encode("ascii"), key, RECOVERY_COST),
        },
    }


def create_keys(paths: Paths, passphrase: str) -> NewKeys:
    """Write ``store.keys`` for a store about to be encrypted; the recovery key is returned once.

    A ``store.keys`` already here (left by an interrupted set-up, or kept for encrypted backups) is
    reused when the passphrase opens it, so what it already encrypts stays readable; one that the
    passphrase does not open is refused, never overwritten.
    """
    check_new_passphrase(passphrase)
    if has_keys(paths):
        try:
            key = unlock(paths, passphrase, recovery=False)
        except WrongPassphrase:
            raise KnownError(
                said(
                    "{path} already exists and this passphrase does not open it. It may still be "
                    "needed for encrypted backups: move it somewhere safe first, or use its passphrase.",
                    path=str(keys_path(paths)),
                )
            ) from None
    else:
        key = secrets.token_bytes(KEY_BYTES)
    recovery_key = generate_recovery_key()
    _write_key_file(paths, _document(key, passphrase, recovery_key))
    return NewKeys(key, recovery_key)


def unlock(paths: Paths, secret: str, *, recovery: bool | None = None) -> bytes:
    """The store key, from the passphrase (``recovery=False``), the recovery key (``True``), or either
    (``None``: the passphrase first, then the recovery key when ``secret`` is shaped like one).

    A wrong secret raises ``WrongPassphrase``; nothing but ``store.keys`` has been read.
    """
    slots = read_key_file(paths)["slots"]
    tries: list[tuple[str, bytes]] = []
    as_recovery = normalise_recovery_key(secret)
    if recovery is not True:
        tries.append(("passphrase", _passphrase_bytes(secret)))
    if recovery is not False and as_recovery is not None:
        tries.append(("recovery", as_recovery.encode("ascii")))
    for kind, material in tries:
        slot = slots.get(kind)
        if isinstance(slot, dict):
            key = _unwrap(kind, slot, material)
            if key is not None:
                return key
    if recovery:
        raise WrongPassphrase(
            said(
                "That recovery key does not unlock the store in {data_dir}. Nothing was read or changed.",
                data_dir=str(paths.data_dir),
            )
        )
    raise WrongPassphrase(
        said(
            "That passphrase does not unlock the store in {data_dir}. Nothing was read or changed.",
            data_dir=str(paths.data_dir),
        )
    )


def change_passphrase(paths: Paths, old_secret: str, new_passphrase: str) -> None:
    """Re-wrap the store key under a new passphrase (the old one, or the recovery key, unlocks it first).

    The recovery key keeps working; the old passphrase stops working.
    """
    check_new_passphrase(new_passphrase)
    key = unlock(paths, old_secret)
    doc = read_key_file(paths)
    doc["slots"]["passphrase"] = _wrap("passphrase", _passphrase_bytes(new_passphrase), key, PASSPHRASE_COST)
    _write_key_file(paths, doc)


def new_recovery_key(paths: Paths, secret: str) -> str:
    """Replace the recovery key (the old one stops working); the new one is returned once."""
    key = unlock(paths, secret)
    doc = read_key_file(paths)
    recovery_key = generate_recovery_key()
    normalised = normalise_recovery_key(recovery_key)
    assert normalised is not None
    doc["slots"]["recovery"] = _wrap("recovery", normalised.encode("ascii"), key, RECOVERY_COST)
    _write_key_file(paths, doc)
    return recovery_key


# -- the OS keyring choice ------------------------------------------------------------------------------
def keyring_chosen(paths: Paths) -> bool:
    """Whether the user chose to keep this store's key in the OS keyring (so a start looks there)."""
    try:
        return bool(read_key_file(paths).get("keyring", False))
    except KnownError:
        return False


def set_keyring_chosen(paths: Paths, chosen: bool) -> None:
    doc = read_key_file(paths)
    if chosen:
        doc["keyring"] = True
    else:
        doc.pop("keyring", None)
    _write_key_file(paths, doc)
