"""The hub on HTTP (FastAPI, served by uvicorn): the routes, limits on size and rate, and one JSON
log line per request. The work is in ``fieldkit.hub.service``. OpenAPI: ``GET /openapi.json``."""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from fieldkit.hub import db, service
from fieldkit.hub.identity import HubIdentity, load_identity
from fieldkit.hub.service import HubError
from fieldkit.sync.wire import CONTENT_BUNDLE, H_HUB_SIGNATURE, response_base

DB_ENV = "FIELDKIT_HUB_DB"
MAX_PUSH_BYTES = int(os.environ.get("FIELDKIT_HUB_MAX_PUSH", 256 << 20))
RATE_PER_S = float(os.environ.get("FIELDKIT_HUB_RATE", 20))  # requests per second per device (or address)
RATE_BURST = float(os.environ.get("FIELDKIT_HUB_BURST", 120))

log = logging.getLogger("fieldkit.hub")


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + "Z",
            "level": record.levelname.lower(),
            "event": record.getMessage(),
        }
        entry.update(getattr(record, "fields", {}))
        return json.dumps(entry, ensure_ascii=False)


def configure_logging() -> None:
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(JsonLines())
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


class RateLimit:
    """A token bucket per key. Per process: with several hub processes the limit is per process,
    which is enough to stop one runaway laptop (docs/hub.md)."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self.lock:
            tokens, at = self.buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - at) * self.rate)
            if tokens < 1:
                self.buckets[key] = (tokens, now)
                return False
            self.buckets[key] = (tokens - 1, now)
            if len(self.buckets) > 100_000:
                self.buckets.clear()
            return True


def _signed_json(data: Any, hub: HubIdentity, nonce: str, status: int = 200) -> Response:
    """``data`` as JSON, signed over the exact bytes sent and bound to the request's nonce (unsigned
    when the request carried none: nothing could check the signature)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    headers = {H_HUB_SIGNATURE: hub.sign(response_base(nonce, status, body)).hex()} if nonce else {}
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def _error(exc: HubError, hub: HubIdentity, nonce: str) -> Response:
    return _signed_json(exc.as_json(), hub, nonce, exc.status)


def create_app(url: str | None = None) -> FastAPI:
    """The hub's ASGI application on the database ``url`` (or ``$FIELDKIT_HUB_DB``)."""
    configure_logging()
    url = url or os.environ.get(DB_ENV) or ""
    if not url:
        raise SystemExit(f"No hub database: pass --db URL or set {DB_ENV}.")
    engine = db.make_engine(url)
    hub = load_identity(engine)
    workdir = Path(tempfile.mkdtemp(prefix="fieldkit-hub-"))
    limiter = RateLimit(RATE_PER_S, RATE_BURST)
    app = FastAPI(
        title="Field Kit hub",
        version="1",
        description="Sync for Field Kit laptops when a connection is there. Requests are signed by the "
        "device's key (docs/hub.md); bodies are Field Kit bundles (docs/sync-format.md).",
    )
    app.state.engine, app.state.hub = engine, hub

    @app.middleware("http")
    async def access_log(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        device = request.headers.get("x-fieldkit-device", "")
        # per device and address: the device header is not checked yet here, so someone elsewhere who
        # sends requests under a laptop's id uses up their own bucket, not the laptop's
        address = request.client.host if request.client else "?"
        key = f"{device}@{address}" if device else address
        if request.url.path != "/health" and not limiter.allow(key):
            response: Response = JSONResponse(
                {"error": "rate_limited", "message": "Too many requests; wait a little and sync again."},
                status_code=429,
                headers={"Retry-After": "5"},
            )
        else:
            response = await call_next(request)
        log.info(
            "request",
            extra={
                "fields": {
                    "method": request.method,
                    "path": request.url.path,
                    "status": response.status_code,
                    "device": device or None,
                    "client": request.client.host if request.client else None,
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                    "pid": os.getpid(),
                }
            },
        )
        return response

    async def _body(request: Request, limit: int) -> bytes:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise HubError(413, "too_large", f"The request is larger than the hub accepts ({limit} bytes).")
        data = bytearray()
        async for chunk in request.stream():
            data += chunk
            if len(data) > limit:
                raise HubError(413, "too_large", f"The request is larger than the hub accepts ({limit} bytes).")
        return bytes(data)

    def _path_qs(request: Request) -> str:
        query = request.url.query
        return request.url.path + (f"?{query}" if query else "")

    @app.get("/health", summary="200 when the hub is up and its database answers")
    async def get_health() -> Response:
        up = await run_in_threadpool(service.health, engine)
        data = {"status": "ok" if up else "database unreachable", "hub": hub.device_id, "time": int(time.time())}
        return JSONResponse(data, status_code=200 if up else 503)

    @app.post("/v1/devices", summary="register a device with the proof of its enrolment")
    async def post_device(request: Request) -> Response:
        nonce = request.headers.get("x-fieldkit-nonce", "")[:64]  # errors are signed too, bound to it
        try:
            body = await _body(request, 64 << 10)
            try:
                document = json.loads(body)
                sign_key = str(document["sign_key"])
            except (ValueError, KeyError, TypeError) as exc:
                raise HubError(400, "bad_request", "The registration is not valid JSON with a sign_key.") from exc
            headers = {k.lower(): v for k, v in request.headers.items()}
            device, nonce = await run_in_threadpool(
                service.check_request, engine, headers, "POST", _path_qs(request), body, sign_key=sign_key
            )
            result = await run_in_threadpool(service.register, engine, hub, document, device)
            return _signed_json(result, hub, nonce)
        except HubError as exc:
            return _error(exc, hub, nonce)

    @app.post("/v1/bundles", summary="push a bundle; the answer is the hub's acknowledgement vector")
    async def post_bundle(request: Request) -> Response:
        nonce = request.headers.get("x-fieldkit-nonce", "")[:64]
        try:
            body = await _body(request, MAX_PUSH_BYTES)
            headers = {k.lower(): v for k, v in request.headers.items()}
            device, nonce = await run_in_threadpool(
                service.check_request, engine, headers, "POST", _path_qs(request), body
            )
            who = await run_in_threadpool(service.caller, engine, device)
            folder = Path(tempfile.mkdtemp(prefix="push-", dir=workdir))
            try:
                path = folder / "pushed.fkb"
                path.write_bytes(body)
                result = await run_in_threadpool(service.push, engine, hub, who, path)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            return _signed_json(
                {
                    "status": result.status,
                    "bundle_id": result.bundle_id,
                    "changes": result.changes,
                    "applied": result.applied,
                    "ack": result.ack,
                    "gaps": result.gaps,
                },
                hub,
                nonce,
            )
        except HubError as exc:
            return _error(exc, hub, nonce)

    @app.get("/v1/changes", summary="pull the changes after a position, in the device's scope, as a bundle")
    async def get_changes(request: Request, after: int = 0, limit: int = service.PULL_LIMIT) -> Response:
        nonce = request.headers.get("x-fieldkit-nonce", "")[:64]
        try:
            headers = {k.lower(): v for k, v in request.headers.items()}
            device, nonce = await run_in_threadpool(
                service.check_request, engine, headers, "GET", _path_qs(request), b""
            )
            who = await run_in_threadpool(service.caller, engine, device)
            try:
                raw = json.loads(headers.get("x-fieldkit-vector") or "{}")
                vector = {str(k): int(v) for k, v in raw.items()}
            except (ValueError, TypeError, AttributeError) as exc:
                raise HubError(400, "bad_request", "The vector header is not a JSON object of numbers.") from exc
            result = await run_in_threadpool(service.pull, engine, hub, who, max(0, after), vector, limit, workdir)
            if result.path is None:
                return _signed_json({"cursor": result.cursor, "more": False}, hub, nonce, 200)
            blob = result.path.read_bytes()
            shutil.rmtree(result.path.parent, ignore_errors=True)
            return Response(
                blob,
                media_type=CONTENT_BUNDLE,
                headers={H_HUB_SIGNATURE: hub.sign(response_base(nonce, 200, blob)).hex()},
            )
        except HubError as exc:
            return _error(exc, hub, nonce)

    return app


def create_app_from_env() -> FastAPI:
    return create_app(None)
