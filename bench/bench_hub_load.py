"""Hub load: 50 simulated laptops each push 20 bundles, all at once, against 2 hub processes that
share one PostgreSQL database (issue 6). Prints changes per second and the p95 latency of a push,
beside the floor measured in the same run: raw psycopg ``executemany`` inserting the same change
rows into a bare table of the same shape. Then every laptop sends 5 of its bundles again, at once:
nothing may be lost or duplicated (each (origin, seq) once, every laptop's vector complete).

The laptops are simulated the way ``syncgen`` does for the import benchmark: an Ed25519 key each,
registered with a real enrolment file's proof, bundles written with ``write_bundle``, signed, and
encrypted to the hub's key, as ``export_bundle`` writes them. Needs PostgreSQL on 127.0.0.1:5432.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit import __version__
from fieldkit.hub.db import make_engine
from fieldkit.hub.identity import init_hub, write_hub_enrolment
from fieldkit.store.hlc import pack
from fieldkit.store.version import SCHEMA_HEAD
from fieldkit.sync.bundle import FORMAT, Entry, write_bundle
from fieldkit.sync.keys import raw_public
from fieldkit.sync.trust import enrolment_proof, now_iso
from fieldkit.sync.wire import H_DEVICE, H_NONCE, H_SIGNATURE, H_TIME, request_base

DEVICES = 50
BUNDLES = 20
PER_BUNDLE = 100
RESENT = 5
PG = "postgresql://postgres@127.0.0.1:5432"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Laptop:
    def __init__(self, number: int, enrolment: dict[str, Any], hub_box: str, work: Path) -> None:
        self.key = Ed25519PrivateKey.generate()
        self.device_id = str(uuid.uuid4())
        self.name = f"Laptop-{number:02d}"
        self.sign_key = raw_public(self.key.public_key())
        self.enrolment = enrolment
        self.bundles: list[bytes] = []
        seq, base = 0, pack(int(time.time() * 1000) - 3600_000, 0)
        for b in range(BUNDLES):
            entries = []
            for _ in range(PER_BUNDLE):
                seq += 1
                fields = {
                    "kind": "workshop",
                    "pillar": "prevention",
                    "title": f"Maarifləndirmə görüşü {self.name} {seq}",
                    "start_date": "2026-11-20",
                    "status": "held",
                    "deleted": False,
                }
                entries.append(Entry(self.device_id, seq, base + seq, "events", str(uuid.uuid4()), "insert", fields))
            manifest = {
                "format": FORMAT,
                "bundle_id": str(uuid.uuid4()),
                "created_at": now_iso(),
                "sender": {
                    "device_id": self.device_id,
                    "name": self.name,
                    "name_slug": self.name.lower(),
                    "role": "officer",
                    "sign_key": self.sign_key,
                    "box_key": None,
                },
                "recipient": {"scope": "coordinator"},
                "app_version": __version__,
                "schema": SCHEMA_HEAD,
                "ranges": {self.device_id: [[seq - PER_BUNDLE + 1, seq]]},
                "vector": {self.device_id: seq},
                "origin_names": {},
                "counts": {"events": PER_BUNDLE},
                "changes": PER_BUNDLE,
                "payload": {},
                "previous_bundle_id": None,
            }
            path, _ = write_bundle(work / f"{self.device_id}-{b}.fkb", manifest, entries, self.key.sign, hub_box)
            self.bundles.append(path.read_bytes())
            path.unlink()

    def headers(self, method: str, path: str, body: bytes) -> dict[str, str]:
        nonce, stamp = secrets.token_hex(16), str(int(time.time()))
        signature = self.key.sign(request_base(method, path, stamp, nonce, self.device_id, body))
        return {H_DEVICE: self.device_id, H_TIME: stamp, H_NONCE: nonce, H_SIGNATURE: signature.hex()}

    def register(self, client: httpx.Client) -> None:
        body = json.dumps(
            {
                "device_id": self.device_id,
                "name": self.name,
                "role": "officer",
                "sign_key": self.sign_key,
                "box_key": None,
                "enrolment": {
                    "id": self.enrolment["id"],
                    "proof": enrolment_proof(self.enrolment["secret"], self.device_id, self.sign_key),
                },
            }
        ).encode()
        response = client.post("/v1/devices", content=body, headers=self.headers("POST", "/v1/devices", body))
        response.raise_for_status()

    def push(self, client: httpx.Client, blob: bytes) -> float:
        started = time.perf_counter()
        response = client.post("/v1/bundles", content=blob, headers=self.headers("POST", "/v1/bundles", blob))
        if response.status_code != 200:
            raise RuntimeError(f"{self.name}: HTTP {response.status_code} {response.text}")
        return time.perf_counter() - started


def _run_all(laptops: list[Laptop], ports: list[int], plan: dict[str, list[bytes]]) -> tuple[float, list[float]]:
    latencies: list[float] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(laptops) + 1)

    def work(laptop: Laptop) -> None:
        clients = [httpx.Client(base_url=f"http://127.0.0.1:{p}", timeout=120) for p in ports]
        try:
            barrier.wait()
            for blob in plan[laptop.device_id]:
                took = laptop.push(random.choice(clients), blob)
                with lock:
                    latencies.append(took)
        except BaseException as exc:
            errors.append(exc)
        finally:
            for c in clients:
                c.close()

    threads = [threading.Thread(target=work, args=(laptop,)) for laptop in laptops]
    for t in threads:
        t.start()
    barrier.wait()
    started = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"{len(errors)} laptops failed; first: {errors[0]}")
    return wall, latencies


def _floor(dsn: str, laptops: list[Laptop]) -> float:
    """Raw psycopg executemany of the same rows into a bare table of the same shape."""
    rows = []
    position = 0
    for laptop in laptops:
        for seq in range(1, BUNDLES * PER_BUNDLE + 1):
            position += 1
            fields = json.dumps({"kind": "workshop", "title": f"Maarifləndirmə görüşü {laptop.name} {seq}"})
            rows.append((position, laptop.device_id, seq, seq, "events", str(uuid.uuid4()), "insert", fields))
    with psycopg.connect(dsn, autocommit=False) as con:
        con.execute(
            "CREATE TABLE floor_changes (position BIGINT PRIMARY KEY, origin VARCHAR(36) NOT NULL, seq BIGINT NOT "
            "NULL, hlc BIGINT NOT NULL, table_name VARCHAR(40), row_id VARCHAR(36), op VARCHAR(16), fields TEXT, "
            "UNIQUE (origin, seq))"
        )
        con.commit()
        started = time.perf_counter()
        with con.cursor() as cur:
            for start in range(0, len(rows), PER_BUNDLE):  # one transaction per bundle, like the hub
                cur.executemany(
                    "INSERT INTO floor_changes VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    rows[start : start + PER_BUNDLE],
                )
                con.commit()
        return time.perf_counter() - started


def run() -> None:
    name = f"fk_bench_{os.getpid()}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    dsn = f"{PG}/{name}"
    servers: list[subprocess.Popen[bytes]] = []
    try:
        engine = make_engine(dsn)
        hub, _ = init_hub(engine, "Bench hub")
        ports = [_free_port(), _free_port()]
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            document = json.loads(
                write_hub_enrolment(engine, f"http://127.0.0.1:{ports[0]}", work / "e.json").read_text()
            )
            print(f"simulating {DEVICES} laptops x {BUNDLES} bundles x {PER_BUNDLE} changes ...", flush=True)
            laptops = [Laptop(i, document["enrolment"], hub.box_key, work) for i in range(DEVICES)]
        env = {**os.environ, "FIELDKIT_HUB_RATE": "1000", "FIELDKIT_HUB_BURST": "1000"}
        for port in ports:
            servers.append(
                subprocess.Popen(
                    [sys.executable, "-m", "fieldkit", "hub", "serve", "--db", dsn, "--port", str(port)],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        for port in ports:
            for _ in range(200):
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
        with httpx.Client(base_url=f"http://127.0.0.1:{ports[1]}") as client:
            for laptop in laptops:
                laptop.register(client)
        wall, latencies = _run_all(laptops, ports, {lp.device_id: lp.bundles for lp in laptops})
        total = DEVICES * BUNDLES * PER_BUNDLE
        resend = {lp.device_id: random.sample(lp.bundles, RESENT) for lp in laptops}
        _run_all(laptops, ports, resend)
        with psycopg.connect(dsn) as con:
            count, distinct = con.execute(
                "SELECT COUNT(*), COUNT(DISTINCT (origin, seq)) FROM hub_changes"
            ).fetchone() or (0, 0)
            complete = con.execute(
                "SELECT COUNT(*) FROM hub_origins WHERE contiguous = %s AND max_seen = %s",
                (BUNDLES * PER_BUNDLE, BUNDLES * PER_BUNDLE),
            ).fetchone()[0]
            positions = con.execute("SELECT COUNT(DISTINCT position), MAX(position) FROM hub_changes").fetchone()
        floor_s = _floor(dsn, laptops)
        p95 = statistics.quantiles(latencies, n=20)[18] * 1000
        rate, floor_rate = total / wall, total / floor_s
        print(f"pushes: {len(latencies)} in {wall:.1f} s, 2 hub processes, {DEVICES} laptops at once")
        print(
            f"hub:    {rate:,.0f} changes/s    "
            f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95:.0f} ms per push"
        )
        print(f"floor:  {floor_rate:,.0f} changes/s (raw psycopg executemany of the same rows, a commit per bundle)")
        print(f"ratio:  {rate / floor_rate:.2f} of the floor")
        ok = count == distinct == total and complete == DEVICES and positions[0] == total
        print(
            f"check:  {count:,} rows, {distinct:,} distinct (origin, seq), expected {total:,}; "
            f"{complete}/{DEVICES} laptops' vectors complete after {DEVICES * RESENT} bundles were sent again "
            f"-> {'nothing lost or duplicated' if ok else 'LOST OR DUPLICATED'}"
        )
        if not ok:
            raise SystemExit(1)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=10)
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


if __name__ == "__main__":
    run()
