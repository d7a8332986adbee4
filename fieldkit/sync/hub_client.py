"""The hub round's transport: which hub addresses are safe to use, and one round's HTTP connection to
the hub, which signs each request with this device's key and checks each answer's signature against
the hub key pinned at enrolment (see ``fieldkit.sync.wire`` for what is signed).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fieldkit.store.engine import Store
from fieldkit.sync.bundle import MAX_BUNDLE_BYTES
from fieldkit.sync.keys import sign, verify
from fieldkit.sync.remote_state import RemoteError
from fieldkit.sync.wire import (
    CONTENT_BUNDLE,
    H_DEVICE,
    H_HUB_SIGNATURE,
    H_NONCE,
    H_SIGNATURE,
    H_TIME,
    H_VECTOR,
    request_base,
    response_base,
)

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def check_url(url: str, allow_http: bool = False) -> str:
    """The hub URL, if it is safe to use: https, or plain http only to this computer unless allowed."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise RemoteError("bad_url", f"{url!r} is not a hub address; it looks like https://hub.example.az")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS and not allow_http:
        raise RemoteError(
            "plain_http",
            f"Refused to sync with {parts.hostname} over plain http: anyone on the way could read it. Use the "
            "hub's https address, or allow plain http in Settings if this network is trusted.",
        )
    return url.strip().rstrip("/")


# Refusals the app names by their hub code (docs/hub.md): the rest are "refused" with the hub's message.
TOLD = frozenset(
    (
        "not_enrolled",
        "too_large",
        "revoked",
        "key_mismatch",
        "clock",
        "future_clock",
        "future_schema",
        "wrong_recipient",
    )
)


class HubClient:
    """One round's connection to the hub: signs each request, checks each answer's signature."""

    def __init__(self, store: Store, url: str, hub_id: str, hub_key: str, timeout: float) -> None:
        import httpx

        self.httpx = httpx
        self.store, self.url, self.hub_id, self.hub_key = store, url, hub_id, hub_key
        self.client = httpx.Client(base_url=url, timeout=timeout, follow_redirects=False)
        self.offset = 0

    def close(self) -> None:
        self.client.close()

    def send(self, method: str, path: str, body: bytes = b"", vector: str = "", stream_to: Path | None = None) -> Any:
        device = self.store.device
        assert device is not None
        nonce = secrets.token_hex(16)
        stamp = str(int(time.time()) + self.offset)
        base = request_base(method, path, stamp, nonce, device.device_id, body, vector)
        headers = {
            H_DEVICE: device.device_id,
            H_TIME: stamp,
            H_NONCE: nonce,
            H_SIGNATURE: sign(self.store.paths, base).hex(),
        }
        if vector:
            headers[H_VECTOR] = vector
        try:
            with self.client.stream(method, path, content=body or None, headers=headers) as response:
                if (
                    stream_to is not None
                    and response.status_code == 200
                    and response.headers.get("content-type", "").startswith(CONTENT_BUNDLE)
                ):
                    data, digest = b"", self._save(response, stream_to)
                else:
                    data = response.read()
                    digest = hashlib.sha256(data).hexdigest()
                status = response.status_code
                signature = response.headers.get(H_HUB_SIGNATURE, "")
        except self.httpx.ConnectError as exc:
            raise self._connect_problem(exc) from exc
        except (self.httpx.TimeoutException, self.httpx.NetworkError, self.httpx.RemoteProtocolError) as exc:
            raise RemoteError("offline", f"The connection to the hub broke ({exc}); the next round resumes.") from exc
        if status == 429:
            raise RemoteError("busy", "The hub is busy (too many requests); the app tries again shortly.")
        if not signature or not verify(
            self.hub_key, bytes.fromhex(signature), response_base(nonce, status, b"", body_sha256=digest)
        ):
            if status >= 500:
                raise RemoteError("hub_error", f"The hub had a problem (HTTP {status}); the app tries again later.")
            raise RemoteError(
                "bad_hub",
                f"The answer from {self.url} is not signed by the hub this laptop enrolled with (HTTP {status}). "
                "Check the hub address in Settings.",
            )
        if status != 200:
            try:
                problem = json.loads(data)
                code, message = str(problem["error"]), str(problem["message"])
            except (ValueError, KeyError, TypeError):
                code, message = "refused", f"HTTP {status}"
            text = message if message.startswith("Hub refused") else f"Hub refused: {message}"
            # The hub's codes the app can say in the officer's language (ui/sync_status.py); the
            # message, in English, stays in the details.
            raise RemoteError(code if code in TOLD else "refused", text)
        return data

    def _save(self, response: Any, target: Path) -> str:
        """Stream a pulled bundle to disk (capped); returns its SHA-256 for the signature check."""
        size = 0
        digest = hashlib.sha256()
        with open(target, "wb") as out:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BUNDLE_BYTES:
                    raise RemoteError("refused", "The hub sent a bundle larger than Field Kit accepts; stopped.")
                out.write(chunk)
                digest.update(chunk)
            out.flush()
            os.fsync(out.fileno())
        return digest.hexdigest()

    def _connect_problem(self, exc: Exception) -> RemoteError:
        text = str(exc)
        if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
            return RemoteError(
                "tls",
                f"The hub's certificate could not be verified ({text}). Nothing was sent. Check the hub address, "
                "or ask the hub's administrator about its certificate.",
            )
        return RemoteError("offline", "The hub cannot be reached (offline, or the hub is down).")

    def health(self) -> None:
        try:
            response = self.client.get("/health")
        except self.httpx.ConnectError as exc:
            raise self._connect_problem(exc) from exc
        except (self.httpx.TimeoutException, self.httpx.NetworkError, self.httpx.RemoteProtocolError) as exc:
            raise RemoteError("offline", "The hub cannot be reached (offline, or the hub is down).") from exc
        if response.status_code != 200:
            raise RemoteError("hub_error", f"The hub is up but not ready (HTTP {response.status_code}).")
        try:
            self.offset = int(response.json()["time"]) - int(time.time())
        except (ValueError, KeyError, TypeError) as exc:
            raise RemoteError("bad_hub", f"{self.url} does not answer like a Field Kit hub.") from exc
