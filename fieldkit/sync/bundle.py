"""The bundle file: a zip of a signed manifest and a compressed (optionally encrypted) JSON-lines
payload of change-log entries. The format is documented in docs/sync-format.md.

Reading never extracts anything to disk and never trusts a size the file claims: every member is read
through a counter with a hard limit, so a truncated file, a zip bomb or a path like ``../../x`` is
refused with a message instead of filling the disk.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NamedTuple

import orjson
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldkit.store.errors import KnownError

FORMAT = "fieldkit-bundle/1"
SUFFIX = ".fkb"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PAYLOAD = "payload.jsonl.gz"
PAYLOAD_ENCRYPTED = "payload.jsonl.gz.enc"
ENCRYPTION_ALG = "X25519-HKDF-SHA256-ChaCha20Poly1305-chunked"
CHUNK = 1 << 20
TAG = 16

MAX_BUNDLE_BYTES = 1 << 30
MAX_MANIFEST_BYTES = 4 << 20
MAX_PAYLOAD_BYTES = 2 << 30  # decompressed
MAX_RATIO = 200  # decompressed : compressed
MAX_LINE_BYTES = 16 << 20


class Entry(NamedTuple):
    """One change-log entry as carried in a bundle."""

    origin: str
    seq: int
    hlc: int
    table: str
    row_id: str
    op: str
    fields: dict[str, Any]


class BundleError(KnownError):
    """A bundle that cannot be imported. ``code`` is stable for tests and the UI; the message says
    what is wrong and what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class OpenedBundle:
    path: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    payload_name: str
    sha256: str


# -- writing ---------------------------------------------------------------------------------------
def _encrypt_stream(plain: IO[bytes], out: IO[bytes], recipient_box_hex: str, bundle_id: str) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(recipient_box_hex)))
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=f"{FORMAT} {bundle_id}".encode()).derive(shared)
    prefix = os.urandom(7)
    aead = ChaCha20Poly1305(key)
    index = 0
    chunk = plain.read(CHUNK)
    while True:
        following = plain.read(CHUNK)
        last = not following
        nonce = prefix + bytes([1 if last else 0]) + index.to_bytes(4, "big")
        out.write(aead.encrypt(nonce, chunk, bundle_id.encode()))
        if last:
            break
        chunk, index = following, index + 1
    return {
        "alg": ENCRYPTION_ALG,
        "recipient_box_key": recipient_box_hex,
        "ephemeral_key": ephemeral.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex(),
        "nonce_prefix": prefix.hex(),
    }


def write_bundle(
    target: Path,
    manifest: dict[str, Any],
    entries: Iterable[Entry],
    sign: Callable[[bytes], bytes],
    encrypt_to: str | None = None,
) -> tuple[Path, dict[str, Any]]:
    """Write a bundle atomically (temp file, fsync, rename). ``target`` is a file or a folder."""
    bundle_id = manifest["bundle_id"]
    if target.is_dir() or target.suffix != SUFFIX:  # a folder (a USB stick), existing or not
        target.mkdir(parents=True, exist_ok=True)
        path = target / f"fieldkit-{manifest['sender']['name_slug']}-{bundle_id}{SUFFIX}"
    else:
        path = target
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile() as plain:
        with gzip.GzipFile(fileobj=plain, mode="wb", compresslevel=6, mtime=0) as gz:
            for e in entries:
                line = json.dumps(
                    [e.origin, e.seq, e.hlc, e.table, e.row_id, e.op, e.fields],
                    ensure_ascii=False,
                    separators=(",", ":"),
                )
                gz.write(line.encode("utf-8") + b"\n")
        plain.seek(0)
        with tempfile.TemporaryFile() as payload:
            if encrypt_to:
                manifest["payload"]["encryption"] = _encrypt_stream(plain, payload, encrypt_to, bundle_id)
                name = PAYLOAD_ENCRYPTED
            else:
                while block := plain.read(CHUNK):
                    payload.write(block)
                manifest["payload"]["encryption"] = None
                name = PAYLOAD
            size = payload.tell()
            payload.seek(0)
            digest = hashlib.sha256()
            while block := payload.read(CHUNK):
                digest.update(block)
            manifest["payload"].update({"name": name, "sha256": digest.hexdigest(), "bytes": size})
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
            signature = sign(manifest_bytes)
            payload.seek(0)
            fd, tmp = tempfile.mkstemp(prefix=".fieldkit-bundle-", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
                    zf.writestr(MANIFEST, manifest_bytes)
                    zf.writestr(SIGNATURE, signature)
                    with zf.open(name, "w", force_zip64=True) as member:
                        while block := payload.read(CHUNK):
                            member.write(block)
                with open(tmp, "rb") as again:
                    os.fsync(again.fileno())
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
    return path, manifest


# -- reading ---------------------------------------------------------------------------------------
def _damaged(path: Path, detail: str) -> BundleError:
    return BundleError(
        "damaged",
        f"{path.name} is damaged or incomplete ({detail}). Nothing was imported from it; ask the sender for "
        "the file again or copy it again from the USB stick.",
    )


def _read_member(zf: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    out = bytearray()
    try:
        with zf.open(name) as member:
            while block := member.read(CHUNK):
                out += block
                if len(out) > limit:
                    raise BundleError("too_large", f"{path.name}: '{name}' is larger than Field Kit accepts; refused.")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        # zipfile raises NotImplementedError/RuntimeError for damaged headers ("encrypted", "compression")
        raise _damaged(path, str(exc)) from exc
    return bytes(out)


def open_bundle(path: Path) -> OpenedBundle:
    """Check the container and read the manifest; the payload is read later, after trust checks."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError("unreadable", f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if size > MAX_BUNDLE_BYTES:
        raise BundleError("too_large", f"{path.name} is {size} bytes, more than a bundle may be; refused.")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError) as exc:
        raise _damaged(path, "not a complete zip file") from exc
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        for name in names:
            if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/") or ":" in name:
                raise BundleError(
                    "unsafe_name",
                    f"{path.name} contains an unsafe file name ({name!r}). It was not made by Field Kit; refused.",
                )
        allowed = {MANIFEST, SIGNATURE, PAYLOAD, PAYLOAD_ENCRYPTED}
        unknown = [n for n in names if n not in allowed]
        if unknown or len(set(names)) != len(names) or MANIFEST not in names or SIGNATURE not in names:
            raise BundleError("not_a_bundle", f"{path.name} is not a Field Kit bundle (it holds {', '.join(names)}).")
        manifest_bytes = _read_member(zf, MANIFEST, MAX_MANIFEST_BYTES, path)
        signature = _read_member(zf, SIGNATURE, 1024, path)
        payloads = [n for n in names if n in (PAYLOAD, PAYLOAD_ENCRYPTED)]
        if len(payloads) != 1:
            raise BundleError("not_a_bundle", f"{path.name} has no payload; refused.")
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError as exc:
        raise _damaged(path, "its manifest is not valid JSON") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(
            "unknown_format", f"{path.name} is in a format this Field Kit does not read ({manifest.get('format')!r})."
        )
    payload_info = manifest.get("payload") or {}
    if payload_info.get("name") != payloads[0]:
        raise _damaged(path, "the payload does not match the manifest")
    return OpenedBundle(path, manifest, manifest_bytes, signature, payloads[0], str(payload_info.get("sha256", "")))


class _Capped(io.RawIOBase):
    """Reads through ``source`` but fails once more than ``limit`` bytes have come out."""

    def __init__(self, source: IO[bytes], limit: int, path: Path) -> None:
        self.source, self.limit, self.count, self.path = source, limit, 0, path

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.source.read(len(buffer))
        self.count += len(data)
        if self.count > self.limit:
            raise BundleError(
                "too_large", f"{self.path.name} expands to more than Field Kit accepts (a zip bomb?); refused."
            )
        buffer[: len(data)] = data
        return len(data)


def _decrypt(blob: bytes, info: dict[str, Any], box_key: X25519PrivateKey, bundle_id: str, path: Path) -> bytes:
    from cryptography.exceptions import InvalidTag

    shared = box_key.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(info["ephemeral_key"])))
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=f"{FORMAT} {bundle_id}".encode()).derive(shared)
    aead = ChaCha20Poly1305(key)
    prefix = bytes.fromhex(info["nonce_prefix"])
    out = bytearray()
    step = CHUNK + TAG
    chunks = [blob[i : i + step] for i in range(0, len(blob), step)] or [b""]
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        nonce = prefix + bytes([1 if last else 0]) + index.to_bytes(4, "big")
        try:
            out += aead.decrypt(nonce, chunk, bundle_id.encode())
        except InvalidTag as exc:
            raise _damaged(path, "the encrypted payload does not decrypt") from exc
    return bytes(out)


def read_entries(opened: OpenedBundle, box_key: X25519PrivateKey | None) -> Iterator[Entry]:
    """The payload's entries, after checking its SHA-256 against the signed manifest."""
    path = opened.path
    info = opened.manifest["payload"]
    compressed_limit = min(MAX_BUNDLE_BYTES, int(info.get("bytes") or 0) + 1)
    with zipfile.ZipFile(path) as zf:
        blob = _read_member(zf, opened.payload_name, compressed_limit, path)
    if hashlib.sha256(blob).hexdigest() != opened.sha256:
        raise _damaged(path, "the payload's checksum does not match its signed manifest")
    encryption = info.get("encryption")
    if encryption:
        if box_key is None:
            raise BundleError("wrong_recipient", f"{path.name} is encrypted, and this device has no key to open it.")
        blob = _decrypt(blob, encryption, box_key, opened.manifest["bundle_id"], path)
    limit = min(MAX_PAYLOAD_BYTES, max(len(blob), 1) * MAX_RATIO)
    unzipped: IO[bytes] = gzip.GzipFile(fileobj=io.BytesIO(blob))  # type: ignore[assignment]
    stream = io.BufferedReader(_Capped(unzipped, limit, path), CHUNK)
    try:
        for number, line in enumerate(stream, 1):
            if len(line) > MAX_LINE_BYTES:
                raise BundleError("too_large", f"{path.name}: line {number} is too long; refused.")
            try:
                origin, seq, hlc, table, row_id, op, fields = orjson.loads(line)
            except (ValueError, TypeError) as exc:
                raise _damaged(path, f"line {number} of the payload is not a change") from exc
            if not (isinstance(seq, int) and isinstance(hlc, int) and isinstance(fields, dict)):
                raise _damaged(path, f"line {number} of the payload is malformed")
            yield Entry(str(origin), seq, hlc, str(table), str(row_id), str(op), fields)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise _damaged(path, "the payload's compression is broken") from exc
