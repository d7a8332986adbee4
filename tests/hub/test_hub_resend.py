"""What the network does to a round: a bundle sent again after its answer was lost is taken once
('known'); a bundle pushed by another device than its maker is refused; a hub that hangs makes the
round end as offline within its timeout; a hub whose database is gone answers /health with 503 and
the laptop says the hub is not ready."""

from __future__ import annotations

import secrets
import signal
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import psycopg
from sqlalchemy import func, select

from fieldkit.hub import db
from fieldkit.services import participants
from fieldkit.sync.export import export_bundle
from fieldkit.sync.keys import sign
from fieldkit.sync.remote import hub_round
from fieldkit.sync.wire import H_DEVICE, H_NONCE, H_SIGNATURE, H_TIME, request_base

from .conftest import PG_SERVER, postgres_database

if TYPE_CHECKING:
    from .conftest import Device, HubServer


def push(hub: HubServer, device: Device, device_id: str, bundle: bytes) -> httpx.Response:
    """POST /v1/bundles, signed by ``device`` with a fresh nonce."""
    stamp, nonce = str(int(time.time())), secrets.token_hex(16)
    base = request_base("POST", "/v1/bundles", stamp, nonce, device_id, bundle)
    headers = {H_DEVICE: device_id, H_TIME: stamp, H_NONCE: nonce, H_SIGNATURE: sign(device.paths, base).hex()}
    return httpx.post(hub.url + "/v1/bundles", content=bundle, headers=headers, timeout=30)


def stored(hub: HubServer) -> int:
    engine = hub.engine()
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(db.changes)).scalar_one())
    finally:
        engine.dispose()


def registered(hub: HubServer, name: str, tmp: Path) -> tuple[Any, str, bytes]:
    """A registered laptop with ten people, and the bundle it would push."""
    laptop = hub.device(f"{name}-{secrets.token_hex(3)}")
    assert laptop.sync_now().code == 0
    with laptop.store() as store:
        people = ({"name": f"Ad {n}", "sex": "female", "consent": True} for n in range(10))
        participants.create_participants(store, people)
        bundle = export_bundle(store, tmp, "coordinator").path.read_bytes()
        return laptop, store.device_id, bundle


def test_a_bundle_sent_again_is_taken_once(shared_hub: HubServer, tmp_path: Path) -> None:
    laptop, device_id, bundle = registered(shared_hub, "Again", tmp_path)
    before = stored(shared_hub)
    first = push(shared_hub, laptop, device_id, bundle)
    assert first.status_code == 200 and first.json()["status"] == "imported" and first.json()["applied"] == 10
    assert first.json()["ack"][device_id] == 10
    again = push(shared_hub, laptop, device_id, bundle)  # the answer was lost; the laptop sends it again
    assert again.status_code == 200 and again.json()["status"] == "known", again.text
    assert stored(shared_hub) == before + 10


def test_a_bundle_pushed_by_another_device_is_refused(shared_hub: HubServer, tmp_path: Path) -> None:
    _maker, _maker_id, bundle = registered(shared_hub, "Maker", tmp_path)
    other, other_id, _ = registered(shared_hub, "Carrier", tmp_path / "other")
    before = stored(shared_hub)
    response = push(shared_hub, other, other_id, bundle)
    assert response.status_code == 403 and response.json()["error"] == "wrong_sender", response.text
    assert stored(shared_hub) == before


def test_a_hub_that_hangs_ends_the_round_as_offline(shared_hub: HubServer) -> None:
    laptop = shared_hub.device(f"Patient-{secrets.token_hex(3)}")
    assert shared_hub.process is not None
    shared_hub.process.send_signal(signal.SIGSTOP)
    try:
        started = time.monotonic()
        with laptop.store() as store:
            result = hub_round(store, shared_hub.url, timeout=1.0)
        assert not result.ok and result.code == "offline", result
        assert time.monotonic() - started < 10
    finally:
        shared_hub.process.send_signal(signal.SIGCONT)
    with laptop.store() as store:
        assert hub_round(store, shared_hub.url).ok  # and the next round, with the hub back, goes through


def test_health_is_503_when_the_database_is_gone(make_hub: type[HubServer], tmp_path: Path) -> None:
    with postgres_database() as url:
        hub = make_hub(url, tmp_path)
        try:
            hub.start()
            laptop = hub.device("Qazax-2")
            name = url.rsplit("/", 1)[1]
            with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            response = httpx.get(hub.url + "/health", timeout=30)
            assert response.status_code == 503 and response.json()["status"] == "database unreachable"
            result = laptop.sync_now()
            assert result.code == 1 and result.data["code"] == "hub_error", result.out
            assert "not ready" in result.data["message"]
        finally:
            hub.stop()
