"""Running the hub: its health endpoint and OpenAPI description, limits on size (413) and rate (429),
plain http refused by the client except to this computer, enrolments that are unknown, revoked or
from another hub, revoked devices, and a bundle stamped a day ahead (422)."""

from __future__ import annotations

import datetime as dt
import secrets
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import httpx
import pytest
from sqlalchemy import delete, text, update

from fieldkit.hub import db
from fieldkit.services import events, participants
from fieldkit.store.hlc import Clock, wall_millis
from fieldkit.sync.export import export_bundle
from fieldkit.sync.keys import sign, verify
from fieldkit.sync.remote import RemoteError, check_url, hub_round
from fieldkit.sync.wire import H_DEVICE, H_HUB_SIGNATURE, H_NONCE, H_SIGNATURE, H_TIME, request_base, response_base

if TYPE_CHECKING:  # the fixtures' classes (tests/hub/conftest.py); test modules cannot import it
    from conftest import Device, HubServer

DAY_MS = 24 * 3600 * 1000


def test_health_answers_200_with_the_database_up(shared_hub: HubServer) -> None:
    response = httpx.get(shared_hub.url + "/health")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "ok" and data["hub"] == shared_hub.hub_id()
    assert abs(data["time"] - time.time()) < 60


def test_openapi_describes_the_routes(shared_hub: HubServer) -> None:
    response = httpx.get(shared_hub.url + "/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    assert spec["info"]["title"] == "Field Kit hub"
    assert set(spec["paths"]) >= {"/health", "/v1/devices", "/v1/bundles", "/v1/changes"}
    assert "post" in spec["paths"]["/v1/bundles"] and "get" in spec["paths"]["/v1/changes"]


def test_the_client_refuses_plain_http_except_to_this_computer(shared_hub: HubServer) -> None:
    assert check_url("https://hub.example.az/") == "https://hub.example.az"
    assert check_url("http://127.0.0.1:8750") == "http://127.0.0.1:8750"
    assert check_url("http://localhost:8750/") == "http://localhost:8750"
    with pytest.raises(RemoteError) as refused:
        check_url("http://hub.example.az")
    assert refused.value.code == "plain_http" and "plain http" in str(refused.value)
    assert check_url("http://hub.example.az", allow_http=True) == "http://hub.example.az"
    with pytest.raises(RemoteError) as bad:
        check_url("ftp://hub.example.az")
    assert bad.value.code == "bad_url"

    laptop = shared_hub.device(f"Plain-{secrets.token_hex(3)}")
    elsewhere = shared_hub.url.replace("127.0.0.1", "127.0.0.2")  # another host, as far as the client knows
    result = laptop.sync_now("--url", elsewhere)
    assert result.code == 1 and result.data["code"] == "plain_http", result.out
    allowed = laptop.sync_now("--url", elsewhere, "--allow-http")  # allowed: it tries (nobody listens there)
    assert allowed.code == 1 and allowed.data["code"] == "offline", allowed.out


def _engine_do(hub: HubServer, statement: object) -> None:
    engine = hub.engine()
    try:
        with engine.begin() as conn:
            conn.execute(statement)  # type: ignore[call-overload]
    finally:
        engine.dispose()


def _enrolment_id(device: Device) -> str:
    with device.store() as store:
        assert store.device is not None
        return str((store.device.enrolment or {})["id"])


def test_an_unknown_or_revoked_enrolment_is_refused(shared_hub: HubServer) -> None:
    unknown, revoked = (shared_hub.device(f"Late-{n}-{secrets.token_hex(3)}") for n in (1, 2))
    _engine_do(shared_hub, delete(db.enrolments).where(db.enrolments.c.enrolment_id == _enrolment_id(unknown)))
    _engine_do(
        shared_hub,
        update(db.enrolments).where(db.enrolments.c.enrolment_id == _enrolment_id(revoked)).values(revoked=1),
    )
    for device in (unknown, revoked):
        result = device.sync_now()
        assert result.code == 1, result.out
        assert result.data["code"] == "not_enrolled"
        assert result.data["message"].startswith("Hub refused: device not enrolled"), result.data


def test_a_laptop_not_enrolled_with_a_hub_is_told_so(shared_hub: HubServer) -> None:
    loner = shared_hub.loner(f"Loner-{secrets.token_hex(3)}")
    result = loner.sync_now("--url", shared_hub.url)
    assert result.code == 1 and result.data["code"] == "not_enrolled", result.out
    assert "not enrolled with a hub" in result.data["message"]


def test_a_revoked_device_is_refused_until_approved_again(shared_hub: HubServer) -> None:
    laptop = shared_hub.device(f"Lost-{secrets.token_hex(3)}")
    assert laptop.sync_now().code == 0
    revoke = shared_hub.admin("revoke", laptop.device_id)
    assert revoke.code == 0, revoke.err
    result = laptop.sync_now()
    assert result.code == 1 and result.data["message"].startswith("Hub refused: this device was revoked"), result.out
    assert result.data["code"] == "revoked"  # the app says it in the officer's language (ui/sync_status.py)
    assert shared_hub.admin("approve", laptop.device_id).code == 0
    assert laptop.sync_now().code == 0


def test_a_bundle_stamped_a_day_ahead_is_refused_with_422(
    shared_hub: HubServer, tmp_path_factory: pytest.TempPathFactory
) -> None:
    laptop = shared_hub.device(f"Ahead-{secrets.token_hex(3)}")
    assert laptop.sync_now().code == 0  # registered
    out = tmp_path_factory.mktemp("ahead")
    with laptop.store() as store:
        store.clock = Clock(lambda: wall_millis() + 2 * DAY_MS)  # the laptop's date is set two days ahead
        events.create_event(store, title="Sabah", kind="workshop", start_date=dt.date(2026, 12, 5))
        bundle = export_bundle(store, out, "coordinator").path.read_bytes()
        device_id = store.device_id
    stamp, nonce = str(int(time.time())), secrets.token_hex(16)
    base = request_base("POST", "/v1/bundles", stamp, nonce, device_id, bundle)
    headers = {H_DEVICE: device_id, H_TIME: stamp, H_NONCE: nonce, H_SIGNATURE: sign(laptop.paths, base).hex()}
    response = httpx.post(shared_hub.url + "/v1/bundles", content=bundle, headers=headers)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "future_clock"
    key = shared_hub.hub_key()
    assert verify(key, bytes.fromhex(response.headers[H_HUB_SIGNATURE]), response_base(nonce, 422, response.content))

    result = laptop.sync_now()  # the laptop hears why, in words
    assert result.code == 1 and "24 hours ahead" in result.data["message"], result.out


@pytest.fixture(scope="module")
def tight_hub(make_hub: type[HubServer], tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubServer]:
    """A hub (on SQLite: the limits do not depend on the database) taking pushes of at most 4 KB and
    3 requests in a burst, then one every 20 s, per device."""
    root = tmp_path_factory.mktemp("tight")
    env = {"FIELDKIT_HUB_MAX_PUSH": "4096", "FIELDKIT_HUB_RATE": "0.05", "FIELDKIT_HUB_BURST": "3"}
    server = make_hub(str(root / "hub.db"), root, env)
    try:
        server.start()
        yield server
    finally:
        server.stop()


def test_a_push_larger_than_the_hub_takes_gets_413(tight_hub: HubServer) -> None:
    response = httpx.post(tight_hub.url + "/v1/bundles", content=b"x" * 10_000, headers={H_DEVICE: "a"})
    assert response.status_code == 413 and response.json()["error"] == "too_large", response.text


@pytest.fixture(scope="module")
def small_push_hub(make_hub: type[HubServer], tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubServer]:
    """A hub taking pushes of at most 4 KB, with the usual rate limit."""
    root = tmp_path_factory.mktemp("small")
    server = make_hub(str(root / "hub.db"), root, {"FIELDKIT_HUB_MAX_PUSH": "4096"})
    try:
        server.start()
        yield server
    finally:
        server.stop()


def test_a_laptop_sends_smaller_bundles_to_a_hub_with_a_low_size_limit(small_push_hub: HubServer) -> None:
    laptop = small_push_hub.device("Big")
    with laptop.store() as store:
        people = ({"name": f"Ad {secrets.token_hex(12)}", "sex": "male", "consent": True} for _ in range(100))
        participants.create_participants(store, people)  # names that do not compress: well over 4 KB
        result = hub_round(store, small_push_hub.url)
        again = hub_round(store, small_push_hub.url)
    assert result.ok and result.pushed == 100, result  # 413 on the big bundle, then halves until it fits
    assert again.ok and again.pushed == 0, again
    engine = small_push_hub.engine()
    try:
        with engine.connect() as conn:
            count = conn.execute(text("SELECT COUNT(*), COUNT(DISTINCT seq) FROM hub_changes")).one()
    finally:
        engine.dispose()
    assert tuple(count) == (100, 100)


def test_too_many_requests_get_429(tight_hub: HubServer) -> None:
    who = {H_DEVICE: "0190f000-0000-7000-8000-00000000beef"}
    answers = [httpx.get(tight_hub.url + "/v1/changes", headers=who) for _ in range(5)]
    assert [a.status_code for a in answers[:3]] == [401, 401, 401]
    assert answers[3].status_code == 429 and answers[4].status_code == 429
    assert answers[3].json()["error"] == "rate_limited" and answers[3].headers["retry-after"]
    assert httpx.get(tight_hub.url + "/health").status_code == 200  # health is never limited

    laptop = tight_hub.device("Busy")
    # someone on another address sends requests under the laptop's id: that uses up their bucket only
    elsewhere = httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"))
    with elsewhere, laptop.store() as store:
        spoofed = [elsewhere.get(tight_hub.url + "/v1/changes", headers={H_DEVICE: store.device_id}) for _ in range(4)]
        assert spoofed[-1].status_code == 429
        results = [hub_round(store, tight_hub.url) for _ in range(3)]
    assert results[0].ok, results[0]
    assert results[-1].code == "busy" and "busy" in results[-1].message, results[-1]


def test_hub_init_again_keeps_the_identity_while_the_hub_runs(shared_hub: HubServer) -> None:
    """A second 'hub init' (an upgrade) on a running hub keeps the keys laptops pinned. On SQLite it
    once waited on its own write lock for 30 s and failed with 'database is locked'."""
    started = time.monotonic()
    again = shared_hub.admin("init", "--json")
    assert again.code == 0, again.err
    assert again.data["created"] is False and again.data["device_id"] == shared_hub.hub_id()
    assert again.data["sign_key"] == shared_hub.hub_key()
    assert time.monotonic() - started < 10
