"""enroll, sync export|import|status, trust list|approve|revoke."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldkit.cli.context import CommandContext, Output, table


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("enroll", parents=[common], help="coordinator: write an enrolment file for laptops")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--hub-url", metavar="URL", help="the hub laptops sync with when online")
    p.set_defaults(handler=cmd_enroll)

    sy = sub.add_parser("sync", parents=[common], help="sync by file: export and import bundles")
    ssub = sy.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = ssub.add_parser("export", parents=[common], help="write a bundle; prints its path")
    p.add_argument("--out", required=True, type=Path, metavar="PATH", help="a file, or a folder (USB stick)")
    p.add_argument("--to", choices=["coordinator", "officer"])
    p.add_argument("--no-encrypt", action="store_true", help="do not encrypt to the coordinator's key")
    p.set_defaults(handler=cmd_export)
    p = ssub.add_parser("import", parents=[common], help="import bundles from files or folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    p.add_argument("--allow-future-clock", action="store_true", help="accept changes stamped > 24 h ahead")
    p.set_defaults(handler=cmd_import)
    p = ssub.add_parser("status", parents=[common], help="version vector, gaps, pending changes")
    p.set_defaults(handler=cmd_status)
    from fieldkit.cli.commands_hub import register_sync  # issue 6: sync now | folder

    register_sync(ssub, common)

    tr = sub.add_parser("trust", parents=[common], help="devices whose bundles are accepted")
    tsub = tr.add_subparsers(dest="action", required=True, metavar="ACTION")
    tsub.add_parser("list", parents=[common]).set_defaults(handler=cmd_trust_list)
    p = tsub.add_parser("approve", parents=[common], help="trust a device and import its quarantined bundles")
    p.add_argument("device", metavar="DEVICE")
    p.set_defaults(handler=cmd_trust_approve)
    p = tsub.add_parser("revoke", parents=[common], help="refuse a device's bundles from now on")
    p.add_argument("device", metavar="DEVICE")
    p.set_defaults(handler=cmd_trust_revoke)


def cmd_enroll(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.sync.trust import write_enrolment

    path = write_enrolment(ctx.store(), args.out, args.hub_url)
    return Output(str(path), {"path": str(path)})


def cmd_export(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.sync.exchange import export_bundle

    result = export_bundle(ctx.store(), args.out, args.to, encrypt=not args.no_encrypt)
    warnings = []
    if result.scope == "coordinator" and not result.encrypted and not args.no_encrypt:
        warnings.append(
            "Not encrypted: this laptop does not know a coordinator's key yet (set it up with an "
            "enrolment file). Keep the file safe; it may hold names."
        )
    return Output(str(result.path), result, warnings)


def _progress(ctx: CommandContext) -> Any:
    if ctx.json or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, name: str) -> None:
        print(f"\r[{done}/{total}] {name[:60]:<60}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def cmd_import(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.cli.context import CommandError
    from fieldkit.sync.exchange import import_paths

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise CommandError(f"Not found: {', '.join(missing)}. Check the path of the USB stick or folder.")
    from fieldkit.config import load_settings

    results = import_paths(
        ctx.store(),
        args.paths,
        dry_run=args.dry_run,
        allow_future_clock=args.allow_future_clock,
        progress=_progress(ctx),
        purge_after_ack=load_settings(ctx.paths.settings).purge_after_ack,
    )
    lines = []
    for r in results:
        lines.append(f"{r.status.upper():<12} {Path(r.path).name}: {r.message}")
        if args.dry_run and r.tables:
            for name, s in r.tables.items():
                lines.append(
                    f"    {name}: {s['new']} new, {s['updated']} updated, {s['known']} already known, "
                    f"{s['superseded']} superseded"
                )
        lines.extend(f"    gap: {g}" for g in r.gaps)
    if not results:
        lines.append("No bundles (*.fkb) found.")
    failed = [r for r in results if not r.ok]
    data = {"dry_run": args.dry_run, "bundles": results, "ok": not failed}
    ctx.exit_code = 1 if failed else 0
    return Output("\n".join(lines), data)


def cmd_status(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.sync.exchange import sync_status

    status = sync_status(ctx.store())
    rows = [
        [v["name"] or v["origin"][:8], v["origin"], str(v["contiguous"]), str(v["max_seen"])] for v in status["vector"]
    ]
    lines = [
        f"Device: {status['device']['name']} ({status['device']['role']})",
        f"Changes waiting for the coordinator: {status['pending']}",
        f"Last export: {(status['last_export'] or {}).get('at', 'never')}",
        f"Last import: {(status['last_import'] or {}).get('at', 'never')}",
        f"Bundles in quarantine: {status['quarantined']}",
        "",
        table(["device", "id", "held up to", "highest seen"], rows),
    ]
    lines += [f"Missing: {g}" for g in status["gaps"]]
    return Output("\n".join(lines), status)


def cmd_trust_list(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.sync.trust import list_peers

    peers = list_peers(ctx.store())
    text = table(
        ["device", "id", "role", "status", "fingerprint", "quarantined"],
        [[p.name, p.device_id, p.role, p.status, p.fingerprint, str(p.quarantined_bundles)] for p in peers],
    )
    return Output(text, peers)


def cmd_trust_approve(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.sync.exchange import approve
    from fieldkit.sync.trust import find_peer_id

    device_id = find_peer_id(ctx.store(), args.device)
    results = approve(ctx.store(), device_id)
    lines = [f"Trusted {device_id}."] + [f"{r.status.upper():<12} {Path(r.path).name}: {r.message}" for r in results]
    ctx.exit_code = 0 if all(r.ok for r in results) else 1
    return Output("\n".join(lines), {"device_id": device_id, "imported": results})


def cmd_trust_revoke(args: argparse.Namespace, ctx: CommandContext) -> Output:
    from fieldkit.sync.trust import find_peer_id, set_status

    device_id = find_peer_id(ctx.store(), args.device)
    set_status(ctx.store(), device_id, "revoked")
    return Output(f"Revoked {device_id}; its bundles will be refused.", {"device_id": device_id, "status": "revoked"})
