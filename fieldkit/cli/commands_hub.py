"""hub init|serve|enroll, and sync now|folder (issue 6: sync when a connection is there)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fieldkit.cli.context import CommandContext, CommandError, Output


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    hub = sub.add_parser("hub", parents=[common], help="the hub service: national store on PostgreSQL or SQLite")
    hsub = hub.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = hsub.add_parser("init", parents=[common], help="create the hub's tables, identity and keys")
    p.add_argument("--db", required=True, metavar="URL", help="SQLAlchemy URL, e.g. postgresql://host/db or a file")
    p.add_argument("--name", default="Hub", help="the name devices show for the hub")
    p.set_defaults(handler=cmd_hub_init)
    p = hsub.add_parser("serve", parents=[common], help="serve the hub over HTTP")
    p.add_argument("--db", required=True, metavar="URL")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    p.add_argument("--workers", type=int, default=1, help="processes (they share the database)")
    p.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    p.add_argument("--ssl-certfile", metavar="PEM", help="serve HTTPS itself (usually a reverse proxy does)")
    p.add_argument("--ssl-keyfile", metavar="PEM")
    p.set_defaults(handler=cmd_hub_serve)
    p = hsub.add_parser("enroll", parents=[common], help="write an enrolment file for a laptop")
    p.add_argument("--db", required=True, metavar="URL")
    p.add_argument("--url", required=True, metavar="HUB_URL", help="the address laptops reach the hub at")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--role", choices=["officer", "coordinator"], default="officer")
    p.set_defaults(handler=cmd_hub_enroll)
    p = hsub.add_parser("devices", parents=[common], help="the devices registered with the hub")
    p.add_argument("--db", required=True, metavar="URL")
    p.set_defaults(handler=cmd_hub_devices)
    p = hsub.add_parser("revoke", parents=[common], help="refuse a device's requests from now on")
    p.add_argument("--db", required=True, metavar="URL")
    p.add_argument("device", metavar="DEVICE", help="device id (or a unique prefix) or name")
    p.set_defaults(handler=cmd_hub_revoke, status="revoked")
    p = hsub.add_parser("approve", parents=[common], help="trust a revoked device again")
    p.add_argument("--db", required=True, metavar="URL")
    p.add_argument("device", metavar="DEVICE")
    p.set_defaults(handler=cmd_hub_revoke, status="trusted")


def register_sync(ssub: Any, common: argparse.ArgumentParser) -> None:
    p = ssub.add_parser("now", parents=[common], help="one round with the hub: push, then pull")
    p.add_argument("--url", metavar="HUB_URL", help="the hub (default: the one from the enrolment file)")
    p.add_argument("--allow-http", action="store_true", help="allow plain http to a host other than this one")
    p.set_defaults(handler=cmd_sync_now)
    p = ssub.add_parser("folder", parents=[common], help="one round with a shared folder")
    p.add_argument("path", type=Path, metavar="PATH")
    p.set_defaults(handler=cmd_sync_folder)


@contextmanager
def _engine(url: str) -> Iterator[Any]:
    """The hub database's engine for one command, its connections closed afterwards."""
    from fieldkit.hub.db import make_engine

    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def cmd_hub_init(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from sqlalchemy.exc import SQLAlchemyError

    from fieldkit.hub.identity import init_hub
    from fieldkit.sync.keys import fingerprint

    try:
        with _engine(args.db) as engine:
            hub, created = init_hub(engine, args.name)
    except SQLAlchemyError as exc:
        raise CommandError(f"Cannot set up the hub in {args.db}: {exc.__class__.__name__}: {exc}") from exc
    data = {**hub.public(), "fingerprint": fingerprint(hub.sign_key), "created": created}
    verb = "Set up" if created else "Already set up:"
    return Output(f"{verb} hub '{hub.name}', id {hub.device_id}, fingerprint {data['fingerprint']}", data)


def cmd_hub_enroll(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.hub.identity import write_hub_enrolment

    with _engine(args.db) as engine:
        path = write_hub_enrolment(engine, args.url, args.out, args.role)
    return Output(str(path), {"path": str(path), "role": args.role, "hub_url": args.url.rstrip("/")})


def cmd_hub_devices(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.cli.context import table
    from fieldkit.hub.admin import list_devices

    with _engine(args.db) as engine:
        devices = list_devices(engine)
    rows = [[d.name, d.device_id, d.role, d.status, d.fingerprint, str(d.held), d.last_contact or ""] for d in devices]
    text = table(["device", "id", "role", "status", "fingerprint", "held", "last contact"], rows)
    return Output(text if devices else "No devices have registered with this hub yet.", devices)


def cmd_hub_revoke(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.hub.admin import set_device_status

    with _engine(args.db) as engine:
        device = set_device_status(engine, args.device, args.status)
    return Output(f"{device.name} ({device.device_id}) is now {device.status}.", device)


def cmd_hub_serve(args: argparse.Namespace, ctx: CommandContext) -> Output:
    import os

    try:
        import uvicorn
    except ImportError as exc:
        raise CommandError("The hub needs its extra packages: install 'fieldkit[hub]'.") from exc
    from fieldkit.hub.app import DB_ENV
    from fieldkit.hub.identity import load_identity

    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise CommandError("HTTPS needs both --ssl-certfile and --ssl-keyfile.")
    with _engine(args.db) as engine:
        load_identity(engine)  # a clear message before the server starts, not a traceback after
    os.environ[DB_ENV] = args.db
    uvicorn.run(
        "fieldkit.hub.app:create_app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        access_log=False,  # the hub writes its own JSON line per request
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
    )
    return Output("The hub stopped.", {"stopped": True})


def _settings(ctx: CommandContext) -> Any:
    from fieldkit.config import load_settings

    return load_settings(ctx.paths.settings)


def _round_output(ctx: CommandContext, result: Any) -> Output:
    ctx.exit_code = 0 if result.ok else 1
    lines = [result.message, *(f"  {line}" for line in result.bundles)]
    return Output("\n".join(lines), result)


def cmd_sync_now(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.sync.remote import hub_round

    settings = _settings(ctx)
    url = args.url or settings.hub_url
    if not url:
        raise CommandError("No hub address: enrol with the hub's enrolment file, or pass --url.")
    allow = args.allow_http or bool(settings.extra.get("allow_plain_http"))
    result = hub_round(ctx.store(), url, allow_http=allow, purge_after_ack=settings.purge_after_ack)
    return _round_output(ctx, result)


def cmd_sync_folder(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.sync.remote import folder_round

    result = folder_round(ctx.store(), args.path, purge_after_ack=_settings(ctx).purge_after_ack)
    return _round_output(ctx, result)
