"""This device's keys: Ed25519 for signing (made by ``fieldkit init``) and X25519 for receiving
encrypted bundles (made on first use). Both private keys live in the data directory, mode 0600."""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from fieldkit.config import Paths, write_atomic
from fieldkit.store.engine import Store
from fieldkit.store.models import LocalDevice

BOX_KEY_FILE = "device-box.key"


def fingerprint(public_hex: str) -> str:
    """A short, readable fingerprint of a public key, for people to compare over the phone."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).digest()
    text = base64.b32encode(digest).decode()[:20]
    return "-".join(text[i : i + 4] for i in range(0, 20, 4))


def signing_key(paths: Paths) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(paths.device_key.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{paths.device_key} does not hold an Ed25519 key")
    return key


def sign(paths: Paths, data: bytes) -> bytes:
    return signing_key(paths).sign(data)


def verify(public_hex: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def box_private_key(paths: Paths) -> X25519PrivateKey | None:
    path = paths.data_dir / BOX_KEY_FILE
    if not path.exists():
        return None
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    return key if isinstance(key, X25519PrivateKey) else None


def ensure_box_key(store: Store) -> str:
    """This device's X25519 public key (hex), creating the pair the first time it is needed."""
    device = store.device
    if device is None:
        raise ValueError("store has no identity")
    existing = box_private_key(store.paths)
    if existing is not None and device.box_public_key:
        public = raw_public(existing.public_key())
        if public == device.box_public_key:
            return public
    key = existing or X25519PrivateKey.generate()
    if existing is None:
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        write_atomic(store.paths.data_dir / BOX_KEY_FILE, pem, mode=0o600)
    public = raw_public(key.public_key())
    with store.write() as session:
        row = session.get(LocalDevice, 1)
        assert row is not None
        row.box_public_key = public
    device.box_public_key = public
    return public


def raw_public(key: X25519PublicKey | Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
