"""Only enrolled devices' own, fresh requests get through: unsigned, forged (another key, or a body,
query or vector changed after signing), stale and replayed requests are refused with 401 or 403 and a
JSON error, sent with httpx straight to a real hub."""

from __future__ import annotations

import secrets
import time
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.store.ids import uuid7
from fieldkit.sync.keys import sign, verify
from fieldkit.sync.wire import (
    H_DEVICE,
    H_HUB_SIGNATURE,
    H_NONCE,
    H_SIGNATURE,
    H_TIME,
    H_VECTOR,
    MAX_SKEW_S,
    request_base,
    response_base,
)

if TYPE_CHECKING:  # the fixtures' classes (tests/hub/conftest.py); test modules cannot import it
    from conftest import Device, HubServer


class Signer:
    """Builds a device's signed requests the way ``fieldkit.sync.remote`` does, with knobs to break them."""

    def __init__(self, device: Device, device_id: str) -> None:
        self.device, self.device_id = device, device_id

    def headers(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        vector: str = "",
        *,
        key: Ed25519PrivateKey | None = None,
        stamp: int | None = None,
        device_id: str | None = None,
    ) -> dict[str, str]:
        nonce = secrets.token_hex(16)
        when = str(int(time.time()) if stamp is None else stamp)
        who = device_id or self.device_id
        base = request_base(method, path, when, nonce, who, body, vector)
        signature = key.sign(base) if key is not None else sign(self.device.paths, base)
        headers = {H_DEVICE: who, H_TIME: when, H_NONCE: nonce, H_SIGNATURE: signature.hex()}
        if vector:
            headers[H_VECTOR] = vector
        return headers


@pytest.fixture(scope="module")
def signer(shared_hub: HubServer) -> Signer:
    """An officer laptop registered with the hub (one 'sync now')."""
    device = shared_hub.device(f"Auth-{secrets.token_hex(3)}")
    result = device.sync_now()
    assert result.code == 0, result.out + result.err
    return Signer(device, device.device_id)


def refused(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    problem: dict[str, Any] = response.json()
    assert problem["error"] == code, problem
    assert problem["message"], problem
    return problem


CHANGES = "/v1/changes?after=0&limit=10"


def test_a_properly_signed_request_is_answered_and_the_answer_is_signed(shared_hub: HubServer, signer: Signer) -> None:
    response = httpx.get(shared_hub.url + CHANGES, headers=signer.headers("GET", CHANGES, vector="{}"))
    assert response.status_code == 200, response.text
    assert response.headers.get(H_HUB_SIGNATURE)


def test_unsigned_requests_are_refused(shared_hub: HubServer, signer: Signer) -> None:
    refused(httpx.get(shared_hub.url + CHANGES), 401, "unsigned")
    refused(httpx.post(shared_hub.url + "/v1/bundles", content=b"PK\x03\x04 not a bundle"), 401, "unsigned")
    refused(httpx.post(shared_hub.url + "/v1/devices", content=b'{"sign_key": "00"}'), 401, "unsigned")
    headers = signer.headers("GET", CHANGES)
    del headers[H_SIGNATURE]  # half-signed: every header is needed
    refused(httpx.get(shared_hub.url + CHANGES, headers=headers), 401, "unsigned")
    headers = signer.headers("GET", CHANGES)
    headers[H_DEVICE] = "laptop-7"
    refused(httpx.get(shared_hub.url + CHANGES, headers=headers), 401, "unsigned")


def test_a_request_signed_with_another_key_is_refused(shared_hub: HubServer, signer: Signer) -> None:
    forged = signer.headers("GET", CHANGES, key=Ed25519PrivateKey.generate())
    refused(httpx.get(shared_hub.url + CHANGES, headers=forged), 401, "bad_signature")
    headers = signer.headers("GET", CHANGES)
    headers[H_SIGNATURE] = "zz" * 64  # not even hex
    refused(httpx.get(shared_hub.url + CHANGES, headers=headers), 401, "bad_signature")


def test_a_request_altered_after_signing_is_refused(shared_hub: HubServer, signer: Signer) -> None:
    body = b"the bundle as signed"
    headers = signer.headers("POST", "/v1/bundles", body)
    refused(httpx.post(shared_hub.url + "/v1/bundles", content=body + b"!", headers=headers), 401, "bad_signature")
    headers = signer.headers("GET", CHANGES)  # signed for after=0, sent for after=5
    refused(httpx.get(shared_hub.url + "/v1/changes?after=5&limit=10", headers=headers), 401, "bad_signature")
    headers = signer.headers("GET", CHANGES, vector='{"a":1}')
    headers[H_VECTOR] = '{"a":2}'
    response = httpx.get(shared_hub.url + CHANGES, headers=headers)
    refused(response, 401, "bad_signature")
    # the refusal itself is the hub's, bound to the request's nonce: the laptop can tell it from a forgery
    base = response_base(headers[H_NONCE], 401, response.content)
    assert verify(shared_hub.hub_key(), bytes.fromhex(response.headers[H_HUB_SIGNATURE]), base)


def test_a_replayed_request_is_refused(shared_hub: HubServer, signer: Signer) -> None:
    headers = signer.headers("GET", CHANGES)
    assert httpx.get(shared_hub.url + CHANGES, headers=headers).status_code == 200
    refused(httpx.get(shared_hub.url + CHANGES, headers=headers), 401, "replayed")
    body = b"whatever was pushed"
    headers = signer.headers("POST", "/v1/bundles", body)
    first = httpx.post(shared_hub.url + "/v1/bundles", content=body, headers=headers)
    assert first.status_code == 422, first.text  # not a bundle; but the nonce is spent
    refused(httpx.post(shared_hub.url + "/v1/bundles", content=body, headers=headers), 401, "replayed")


def test_a_stale_request_is_refused(shared_hub: HubServer, signer: Signer) -> None:
    old = signer.headers("GET", CHANGES, stamp=int(time.time()) - MAX_SKEW_S - 120)
    problem = refused(httpx.get(shared_hub.url + CHANGES, headers=old), 401, "clock")
    assert "clock" in problem["message"]


def test_a_device_the_hub_does_not_know_is_refused(shared_hub: HubServer, signer: Signer) -> None:
    stranger = Ed25519PrivateKey.generate()
    headers = signer.headers("GET", CHANGES, key=stranger, device_id=uuid7())
    problem = refused(httpx.get(shared_hub.url + CHANGES, headers=headers), 403, "not_enrolled")
    assert problem["message"].startswith("Hub refused: device not enrolled")
