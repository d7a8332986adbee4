"""The hub protocol's signed requests and responses, shared by the desktop's client
(``fieldkit.sync.remote``) and the hub (``fieldkit.hub``). See docs/hub.md.

Every request but ``GET /health`` is signed with the device's Ed25519 key over its method, path and
query, a timestamp, a random nonce, the SHA-256 of its body and the device's version vector header.
The hub refuses an unsigned request, a signature that does not verify, a timestamp more than
``MAX_SKEW_S`` away from its clock, and a nonce it has seen before (a replay).

Every answer is signed by the hub over the request's nonce and the answer's body, so a laptop never
takes an acknowledgement (which lets it prune) from anyone but the hub it enrolled with.
"""

from __future__ import annotations

import hashlib

PROTOCOL = "fieldkit-hub/1"
MAX_SKEW_S = 15 * 60  # a request's timestamp may be this far from the hub's clock

H_DEVICE = "X-Fieldkit-Device"
H_TIME = "X-Fieldkit-Time"
H_NONCE = "X-Fieldkit-Nonce"
H_SIGNATURE = "X-Fieldkit-Signature"
H_VECTOR = "X-Fieldkit-Vector"  # the device's version vector, compact JSON (pull only)
H_HUB_SIGNATURE = "X-Fieldkit-Hub-Signature"

CONTENT_BUNDLE = "application/vnd.fieldkit.bundle"


def request_base(
    method: str, path_qs: str, timestamp: str, nonce: str, device: str, body: bytes, vector: str = ""
) -> bytes:
    """The bytes a device signs for one request."""
    return "\n".join(
        [PROTOCOL, method.upper(), path_qs, timestamp, nonce, device, hashlib.sha256(body).hexdigest(), vector]
    ).encode()


def response_base(nonce: str, status: int, body: bytes, *, body_sha256: str | None = None) -> bytes:
    """The bytes the hub signs for one answer: bound to the request's nonce. A client that streamed the
    body to disk passes the digest it computed on the way instead of the body."""
    digest = body_sha256 if body_sha256 is not None else hashlib.sha256(body).hexdigest()
    return "\n".join([PROTOCOL, "response", nonce, str(status), digest]).encode()
