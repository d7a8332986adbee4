"""Device identity: a UUID and an Ed25519 key pair, kept in the data directory beside the store.

Sequence numbers are per device. A store that is copied to another data directory or machine, or restored
from a backup, would hand out sequence numbers that other stores already hold, and sync would take the
new changes for old ones. So the data directory keeps two small files:

* ``device.key``: the private key (PKCS#8 PEM), mode 0600;
* ``device.json``: the device id, where the directory was and on which machine, and the highest
  sequence number this device has committed (a high-water mark written after each commit).

The store must agree with them. When it does not, the store stays readable but refuses writes until
the device takes a new identity (``fieldkit identity renew``).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import uuid
from dataclasses import dataclass
from pathlib import Path

from fieldkit.config import Paths, write_atomic

RENEW_HINT = (
    "To keep working with this copy, give it a new device identity: run "
    "'fieldkit identity renew' (or use Settings > Device in the app). Its records are kept; "
    "new changes are numbered under the new identity so nothing collides."
)


@dataclass(frozen=True)
class KeyState:
    device_id: str
    public_key: str
    last_seq: int
    data_dir: str
    machine: str


@dataclass(frozen=True)
class NewIdentity:
    device_id: str
    public_key: str


def machine_fingerprint() -> str:
    """A stable, non-identifying tag for this machine."""
    source = ""
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            source = Path(candidate).read_text().strip()
            break
        except OSError:
            continue
    if not source:
        source = f"{platform.node()}|{uuid.getnode()}"
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def create_identity(paths: Paths) -> NewIdentity:
    """Make a new device id and key pair and write both files (key file mode 0600)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    device_id = str(uuid.uuid4())
    write_atomic(paths.device_key, pem, mode=0o600)
    write_key_state(paths, KeyState(device_id, public, 0, str(paths.data_dir), machine_fingerprint()))
    return NewIdentity(device_id=device_id, public_key=public)


def write_key_state(paths: Paths, state: KeyState, *, durable: bool = True) -> None:
    payload = {
        "device_id": state.device_id,
        "public_key": state.public_key,
        "last_seq": state.last_seq,
        "data_dir": state.data_dir,
        "machine": state.machine,
    }
    write_atomic(paths.device_state, json.dumps(payload, indent=2).encode(), mode=0o600, durable=durable)


def read_key_state(paths: Paths) -> KeyState | None:
    """The key-side record, or ``None`` when this data directory has no device key."""
    if not paths.device_key.exists():
        return None
    try:
        raw = json.loads(paths.device_state.read_text(encoding="utf-8"))
        return KeyState(
            device_id=str(raw["device_id"]),
            public_key=str(raw["public_key"]),
            last_seq=int(raw["last_seq"]),
            data_dir=str(raw["data_dir"]),
            machine=str(raw["machine"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record_high_water(paths: Paths, device_id: str, last_seq: int) -> None:
    """After a commit: remember the highest sequence number, so a restored backup is recognised.

    Not fsynced (it runs after every commit): a power cut can only make the mark lag behind the store,
    which is harmless; it never runs ahead of it.
    """
    state = read_key_state(paths)
    if state is None or state.device_id != device_id or state.last_seq >= last_seq:
        return
    write_key_state(
        paths, KeyState(device_id, state.public_key, last_seq, state.data_dir, state.machine), durable=False
    )


def load_private_key(paths: Paths) -> object:
    """The Ed25519 private key, for signing bundles."""
    from cryptography.hazmat.primitives import serialization

    return serialization.load_pem_private_key(paths.device_key.read_bytes(), password=None)


def check_identity(paths: Paths, store_device_id: str, store_public_key: str, store_last_seq: int) -> str | None:
    """Why the store may not write under its identity here, or ``None`` when all agrees."""
    state = read_key_state(paths)
    if state is None:
        return (
            f"This store belongs to device {store_device_id}, but its device key is not in "
            f"{paths.data_dir}. The store was probably copied here from another laptop or folder. " + RENEW_HINT
        )
    if state.device_id != store_device_id or state.public_key != store_public_key:
        return (
            f"This store belongs to device {store_device_id}, but the key in {paths.data_dir} is for "
            f"device {state.device_id}. The store was copied or restored from elsewhere. " + RENEW_HINT
        )
    if os.path.realpath(state.data_dir) != os.path.realpath(paths.data_dir) or (state.machine != machine_fingerprint()):
        return (
            "This data directory was copied from another folder or machine, so another copy may still "
            "be recording under the same device identity. " + RENEW_HINT
        )
    if store_last_seq < state.last_seq:
        return (
            f"This store was restored from a backup: it has changes up to number {store_last_seq}, "
            f"but this device already recorded up to {state.last_seq}. " + RENEW_HINT
        )
    return None
